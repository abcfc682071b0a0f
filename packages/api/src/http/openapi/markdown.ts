import { Marked } from 'marked';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Descriptions in the OpenAPI document are CommonMark (OpenAPI says so), rendered here with marked.
 * Raw HTML in them is shown as text, not passed through: "<code>" in a problem type's description is a
 * placeholder, not markup, and nothing from a description may inject into the page.
 */
const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

/** A paragraph or more, as block HTML. */
export const markdownBlock = (text: string): string => marked.parse(text, { async: false });

/** One line (a summary, a table cell): inline HTML without a wrapping paragraph. */
export const markdownInline = (text: string): string => marked.parseInline(text, { async: false });
