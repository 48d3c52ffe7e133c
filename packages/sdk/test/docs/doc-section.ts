/** The comment lines that fence a generated section of a Markdown file. */
export function sectionMarkers(name: string): { start: string; end: string } {
  return { start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` };
}

function bounds(text: string, name: string): { from: number; to: number } {
  const { start, end } = sectionMarkers(name);
  const at = text.indexOf(start);
  const to = text.indexOf(end);
  if (at < 0 || to < at) throw new Error(`The section markers "${start}" … "${end}" are missing.`);
  return { from: at + start.length, to };
}

/** The generated text between a section's markers, without the blank lines around it. */
export function readSection(text: string, name: string): string {
  const { from, to } = bounds(text, name);
  return text.slice(from, to).trim();
}

/** `text` with the section's content replaced by `content` (one blank line on each side). */
export function replaceSection(text: string, name: string, content: string): string {
  const { from, to } = bounds(text, name);
  return `${text.slice(0, from)}\n\n${content.trim()}\n\n${text.slice(to)}`;
}
