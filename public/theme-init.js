// Applies the saved theme before the first paint. Mirrors src/lib/theme.ts (key and values);
// kept as a tiny classic script because the CSP forbids inline scripts.
;(function () {
  var pref = 'system'
  try {
    pref = localStorage.getItem('runlens.theme') || 'system'
  } catch (e) {
    // Storage can be blocked (privacy mode); the system preference still applies.
  }
  var dark = pref === 'dark' || (pref !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches)
  document.documentElement.classList.toggle('dark', dark)
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light'
})()
