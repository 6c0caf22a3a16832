// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { MarkdownView } from './markdown-view.tsx'

afterEach(cleanup)

describe('MarkdownView', () => {
  it('renders GFM tables', () => {
    render(<MarkdownView text={'| a | b |\n|---|---|\n| 1 | 2 |'} />)
    expect(screen.getByRole('table')).toBeInTheDocument()
    expect(screen.getByRole('cell', { name: '2' })).toBeInTheDocument()
  })

  it.each([
    ['<img src=x onerror=alert(1)>', 'img'],
    ['<script>alert(1)</script>', 'script'],
    ['<b onclick="alert(1)">bold</b>', 'b'],
  ])('never renders raw HTML %s as elements', (text, tag) => {
    const { container } = render(<MarkdownView text={text} />)
    expect(container.querySelector(tag)).toBeNull()
    expect(container.querySelector('[onerror],[onclick]')).toBeNull()
  })

  it.each([
    ['[docs](https://example.com)', 'https://example.com'],
    ['[bad](javascript:alert(1))', ''],
  ])('links open safely: %s', (text, href) => {
    render(<MarkdownView text={text} />)
    const link = screen.getByText(/docs|bad/).closest('a')
    expect(link).not.toBeNull()
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer')
    expect(link?.getAttribute('href') ?? '').toBe(href)
  })
})
