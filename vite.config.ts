import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'

// In development the Vite server forwards every MLflow path to the tracking server
// (the embedded one started by `npm run dev`, or MLFLOW_TRACKING_URI), so the browser
// only ever talks to one origin, as in production.
const target = process.env.RUNLENS_DEV_API ?? 'http://127.0.0.1:5005'
const proxied = ['/api', '/ajax-api', '/get-artifact', '/model-versions/get-artifact', '/health', '/version', '/runlens']

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    proxy: Object.fromEntries(proxied.map((p) => [p, { target, changeOrigin: true }])),
  },
  build: {
    chunkSizeWarningLimit: 700,
    // Every browser Vite 8 targets preloads modules natively except Safari 16 (which then just
    // fetches chunks on import); the polyfill is 0.5 KB gzip on every first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
            // React and the router are needed by every page: one file that survives app deploys
            // in the browser cache, and one gzip stream instead of three (saves ~0.7 KB on /experiments).
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
          ],
        },
      },
    },
  },
})
