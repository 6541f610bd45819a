// W3C TextPositionSelector and brat count Unicode code points; our offsets are UTF-16 code units.
// They differ only after astral characters (emoji, rare CJK), so the common case costs one scan.

/** A function mapping UTF-16 offsets of `text` to code point offsets. */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return offset => offset;
  // pairsBefore[i] = surrogate pairs wholly before UTF-16 offset i.
  const pairsBefore = new Int32Array(text.length + 1);
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    pairsBefore[i] = pairs;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { pairsBefore[i + 1] = pairs; pairs++; i++; }
    }
  }
  pairsBefore[text.length] = pairs;
  return offset => offset - pairsBefore[Math.max(0, Math.min(text.length, offset))];
}
