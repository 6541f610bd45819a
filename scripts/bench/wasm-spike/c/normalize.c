// A port of server/src/core/text/normalize.ts (with the parts of hyphenation.ts, charClass.ts it calls) to
// freestanding C for wasm32. Written for the spike: same view, same run map, same de-hyphenation decisions.
//
// Interface (one letter at a time, one instance per thread):
//   prepare(n, nSegments, nBlanks) -> address of the io block; JS writes the letter's UTF-16 code units at
//     io[IO_ORIG] and the raw spans (start, end pairs, as analyseLayout gives them) at io[IO_SEGS], io[IO_BLANKS];
//   run() -> the view's length; io[IO_VIEW] (its code units), io[IO_RUNS] (number of runs) and io[IO_MAP]
//     (runView[0..runs) followed by runOrig[0..runs), as NormalizedText takes them) describe the result.
// Unicode data: tables.h (generated from this Node's own answers); astral code points ask JS (env.astral_classes).

#include "tables.h"

typedef unsigned char u8;
typedef unsigned short u16;
typedef int i32;
typedef unsigned int u32;

#define EXPORT(name) __attribute__((export_name(#name)))

__attribute__((import_module("env"), import_name("astral_classes"))) i32 astral_classes(i32 cp);

// charClass.ts class bits.
#define LETTER 2
#define UPPER 4
#define LOWER 8

// normalize.ts: what the normaliser does with each code unit.
#define CHAR_PLAIN 0
#define CHAR_SPACE 1
#define CHAR_NEWLINE 2
#define CHAR_INVISIBLE 3
#define CHAR_HYPHEN 4
#define ENDS 1
#define SPACE 2
static u8 CHAR_KIND[65536];
static u8 SLICE_CLASS[65536];

static const u16 SPACE_CODES[] = {0x20, 0x0d, 0x09, 0x0c, 0x0b, 0xa0, 0xfeff, 0x2007, 0x202f, 0x3000, 0x2000, 0x2001,
                                  0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x2009, 0x200a};
static const u16 NEWLINE_CODES[] = {0x0a, 0x2028, 0x2029};
static const u16 INVISIBLE_CODES[] = {0xad, 0x200b, 0x200c, 0x200d, 0x2060};

EXPORT(init) void init(void) {
  for (u32 i = 0; i < sizeof SPACE_CODES / 2; i++) CHAR_KIND[SPACE_CODES[i]] = CHAR_SPACE, SLICE_CLASS[SPACE_CODES[i]] = ENDS;
  for (u32 i = 0; i < sizeof NEWLINE_CODES / 2; i++) CHAR_KIND[NEWLINE_CODES[i]] = CHAR_NEWLINE, SLICE_CLASS[NEWLINE_CODES[i]] = ENDS;
  for (u32 i = 0; i < sizeof INVISIBLE_CODES / 2; i++) CHAR_KIND[INVISIBLE_CODES[i]] = CHAR_INVISIBLE, SLICE_CLASS[INVISIBLE_CODES[i]] = ENDS;
  CHAR_KIND[0x2d] = CHAR_HYPHEN;
  SLICE_CLASS[0x2d] = ENDS;
  SLICE_CLASS[0x20] = SPACE;
}

// ---- memory: a bump heap reset for every letter; the memory only grows ----

extern u8 __heap_base;
static u32 heap_top;

static void *alloc(u32 bytes) {
  u32 p = (heap_top + 15) & ~15u;
  u32 end = p + bytes;
  u32 have = (u32)__builtin_wasm_memory_size(0) << 16;
  if (end > have) {
    u32 pages = (end - have + 0xffff) >> 16;
    if (__builtin_wasm_memory_grow(0, pages) == (__SIZE_TYPE__)-1) __builtin_trap();
  }
  heap_top = end;
  return (void *)p;
}

enum { IO_ORIG, IO_SEGS, IO_BLANKS, IO_N, IO_NSEG, IO_NBLANK, IO_VIEW, IO_RUNS, IO_MAP, IO_SIZE };
static i32 io[IO_SIZE];

static u16 *orig;
static i32 n;

EXPORT(prepare) i32 *prepare(i32 length, i32 nSegments, i32 nBlanks) {
  heap_top = (u32)&__heap_base;
  io[IO_N] = length;
  io[IO_NSEG] = nSegments;
  io[IO_NBLANK] = nBlanks;
  io[IO_ORIG] = (i32)alloc((u32)length * 2 + 2);
  io[IO_SEGS] = (i32)alloc((u32)nSegments * 8);
  io[IO_BLANKS] = (i32)alloc((u32)nBlanks * 8);
  return io;
}

// ---- ViewBuilder ----

static u16 *view;
static i32 vlen, vcap;
static i32 *runView, *runOrig;
static u16 *runChar;
static i32 runs;

#ifndef COPY_LOOP_MAX
#define COPY_LOOP_MAX 16
#endif
static void copy_units(u16 *to, const u16 *from, i32 count) {
  if (count > COPY_LOOP_MAX) { __builtin_memcpy(to, from, (u32)count * 2); return; }
  for (i32 i = 0; i < count; i++) to[i] = from[i];
}

static void make_room(i32 count) {
  i32 needed = vlen + count;
  if (needed <= vcap) return;
  i32 cap = needed > vcap * 2 ? needed : vcap * 2;
  u16 *v = alloc((u32)cap * 2);
  i32 *rv = alloc((u32)cap * 4), *ro = alloc((u32)cap * 4);
  u16 *rc = alloc((u32)cap * 2);
  __builtin_memcpy(v, view, (u32)vlen * 2);
  __builtin_memcpy(rv, runView, (u32)runs * 4);
  __builtin_memcpy(ro, runOrig, (u32)runs * 4);
  __builtin_memcpy(rc, runChar, (u32)runs * 2);
  view = v, runView = rv, runOrig = ro, runChar = rc, vcap = cap;
}

static inline void add_run(i32 o, i32 ch) {
  runView[runs] = vlen;
  runOrig[runs] = o;
  runChar[runs] = (u16)ch;
  runs++;
}

static void out_copy(i32 from, i32 to) {
  if (to <= from) return;
  make_room(to - from);
  copy_units(view + vlen, orig + from, to - from);
  i32 k = runs - 1;
  if (k < 0 || runChar[k] != 0 || runOrig[k] + (vlen - runView[k]) != from) add_run(from, 0);
  vlen += to - from;
}

static void out_copy_breaking_as_space(i32 from, i32 line_break) {
  out_copy(from, line_break + 1);
  view[vlen - 1] = 0x20;
}

static void out_put(i32 code, i32 o) {
  make_room(1);
  view[vlen] = (u16)code;
  add_run(o, code);
  vlen++;
}

static void out_truncate_synthetic(i32 length) {
  while (vlen > length) runs--, vlen--;
}

// ---- charClass ----

static inline i32 classes_of(i32 cp) { return cp < 0x10000 ? UNIT_CLASSES[cp] : astral_classes(cp); }
static inline i32 is_letter(i32 cp) {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return (classes_of(cp) & LETTER) != 0;
}
static inline i32 is_upper(i32 cp) {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return (classes_of(cp) & UPPER) != 0;
}
static inline i32 is_lower(i32 cp) {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  return (classes_of(cp) & LOWER) != 0;
}
static inline i32 is_digit(i32 c) { return c >= 0x30 && c <= 0x39; }
static inline i32 is_word_code(i32 c) { return is_letter(c) || is_digit(c) || c == 0x26; }

/** String.prototype.codePointAt on s[0, len). */
static inline i32 code_point_at(const u16 *s, i32 len, i32 i) {
  i32 c = s[i];
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
    i32 d = s[i + 1];
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

// ---- hyphenation.ts: wordEvidence (the letter's runs of [a-z\u00c0-\u024f-], lower-cased) ----

static inline i32 is_evidence_code(i32 c) { return (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || c == 0x2d; }

static i32 *hyphens;
static i32 nhyphens = -1;   // -1: not yet listed for this letter

static i32 is_run_at(i32 at, const u16 *w, i32 wn) {
  i32 end = at + wn;
  if (end > n) return 0;
  for (i32 j = 0; j < wn; j++) {
    i32 c = orig[at + j];
    if (c == 0x130 ? (j != wn - 1 || w[j] != 0x69) : LOWER_UNIT[c] != w[j]) return 0;
  }
  i32 before = at == 0 ? 0x20 : orig[at - 1];
  if (before != 0x130 && is_evidence_code(LOWER_UNIT[before])) return 0;
  return end == n || orig[end - 1] == 0x130 || !is_evidence_code(LOWER_UNIT[orig[end]]);
}

/** seen(w) for a lower-cased word of evidence codes, at least one long: whether it is a run of the letter. */
static i32 seen_lowered(const u16 *w, i32 wn) {
  i32 k = -1;
  for (i32 i = 0; i < wn; i++) if (w[i] == 0x2d) { k = i; break; }
  if (k >= 0) {
    if (nhyphens < 0) {
      i32 count = 0;
      for (i32 i = 0; i < n; i++) count += orig[i] == 0x2d;
      hyphens = alloc((u32)count * 4 + 4);
      nhyphens = 0;
      for (i32 i = 0; i < n; i++) if (orig[i] == 0x2d) hyphens[nhyphens++] = i;
    }
    i32 next = k + 1 < wn ? w[k + 1] : -1;
    for (i32 x = 0; x < nhyphens; x++) {
      i32 h = hyphens[x];
      if (h < k) continue;
      if (next >= 0 && (h + 1 >= n || LOWER_UNIT[orig[h + 1]] != next)) continue;
      if (is_run_at(h - k, w, wn)) return 1;
    }
    return 0;
  }
  i32 first = w[0];
  for (i32 at = 0; at + wn <= n; at++) if (LOWER_UNIT[orig[at]] == first && is_run_at(at, w, wn)) return 1;
  return 0;
}

static u16 wbuf[160];

/** seen(lowerCased(a + sep + b)) with sep 0 for none: false unless every unit lower-cases to an evidence code. */
static i32 seen_word(const u16 *a, i32 an, i32 sep, const u16 *b, i32 bn) {
  i32 wn = 0;
  for (i32 i = 0; i < an; i++) {
    i32 c = a[i];
    if (c == 0x130) return 0;    // "i" + U+0307 lower-cased
    i32 l = LOWER_UNIT[c];
    if (!is_evidence_code(l)) return 0;
    wbuf[wn++] = (u16)l;
  }
  if (sep) wbuf[wn++] = (u16)sep;
  for (i32 i = 0; i < bn; i++) {
    i32 c = b[i];
    if (c == 0x130) return 0;
    i32 l = LOWER_UNIT[c];
    if (!is_evidence_code(l)) return 0;
    wbuf[wn++] = (u16)l;
  }
  return wn > 0 && seen_lowered(wbuf, wn);
}

// ---- hyphenation.ts: dehyphenate ----

#define JOIN 0
#define KEEP 1
#define SUSPEND 2

static i32 is_suspending_word(const u16 *r, i32 rn) {
  i32 len = (rn >= 2 && ((r[0] == 'e' && r[1] == 'n') || (r[0] == 'o' && r[1] == 'f'))) ? 2
          : (rn >= 3 && r[0] == 't' && r[1] == 'o' && r[2] == 't') ? 3 : 0;
  if (len == 0) return 0;
  if (len >= rn) return 1;
  i32 cp = code_point_at(r, rn, len);
  return !is_letter(cp) && !is_digit(cp);
}

static i32 is_capitals_only(const u16 *s, i32 sn) {
  if (sn == 0) return 0;
  for (i32 i = 0; i < sn;) {
    i32 cp = code_point_at(s, sn, i);
    if (!is_upper(cp) && !is_digit(cp) && cp != 0x26) return 0;
    i += cp > 0xffff ? 2 : 1;
  }
  return 1;
}

static i32 has_upper_from(const u16 *s, i32 sn, i32 from) {
  for (i32 i = from; i < sn;) {
    i32 cp = code_point_at(s, sn, i);
    if (is_upper(cp)) return 1;
    i += cp > 0xffff ? 2 : 1;
  }
  return 0;
}

static i32 letters_from(const u16 *s, i32 sn, i32 from) {
  i32 i = from;
  while (i < sn) {
    i32 cp = code_point_at(s, sn, i);
    if (!is_letter(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

static i32 letters_before(const u16 *s, i32 end) {
  i32 i = end;
  while (i > 0) {
    i32 low = s[i - 1];
    i32 high = i >= 2 ? s[i - 2] : 0;
    i32 pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
    i32 cp = pair ? (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : low;
    if (!is_letter(cp)) break;
    i -= pair ? 2 : 1;
  }
  return i;
}

static i32 dehyphenate(const u16 *left, i32 ln, const u16 *right, i32 rn) {
  if (is_suspending_word(right, rn)) return SUSPEND;
  if (rn == 0 || !is_lower(right[0])) return KEEP;
  if (ln <= 8 && is_capitals_only(left, ln)) return KEEP;
  for (i32 i = 0; i < ln; i++) if (is_digit(left[i])) return KEEP;
  i32 rightEnd = letters_from(right, rn, 0);
  i32 leftStart = letters_before(left, ln);
  i32 rwn = rightEnd > 0 ? rightEnd : rn;
  const u16 *lw = leftStart < ln ? left + leftStart : left;
  i32 lwn = leftStart < ln ? ln - leftStart : ln;
  if (seen_word(lw, lwn, 0x2d, right, rwn) && !seen_word(lw, lwn, 0, right, rwn)) return KEEP;
  if (lwn > 1 && is_upper(code_point_at(lw, lwn, 0)) && has_upper_from(lw, lwn, 1) && seen_word(lw, lwn, 0, 0, 0)) return KEEP;
  return JOIN;
}

// ---- StreamReader ----

static const i32 *blanks;
static i32 nblanks;   // ints
static const i32 *ranges;
static i32 nranges;   // ints
static i32 ri, pos, rangeEnd, bi, pendingSpace, pendingNewlines, acrossLift, contentStart;

static i32 first_blank_after(i32 p) {
  i32 lo = 0, hi = nblanks / 2;
  while (lo < hi) {
    i32 mid = (i32)((u32)(lo + hi) >> 1);
    if (blanks[mid * 2 + 1] <= p) lo = mid + 1; else hi = mid;
  }
  return lo * 2;
}

static inline i32 is_blanked(i32 o) {
  i32 b = bi;
  while (b < nblanks && blanks[b + 1] <= o) b += 2;
  bi = b;
  return b < nblanks && blanks[b] <= o;
}

static i32 next_range(void) {
  i32 next = (ri + 1) * 2;
  if (next >= nranges) return 0;
  ri++;
  pos = ranges[next];
  rangeEnd = ranges[next + 1];
  if (pendingSpace < 0) pendingSpace = pos;
  pendingNewlines = 1;
  acrossLift = 1;
  return 1;
}

static void write_pending_space(void) {
  if (pendingSpace < 0) return;
  if (vlen > contentStart) out_put(pendingNewlines >= 2 ? 0x0a : 0x20, pendingSpace);
  pendingSpace = -1;
  pendingNewlines = 0;
}

#ifndef SIMD
static inline i32 slice_end(const u16 *codes, i32 p, i32 limit) {
  for (i32 prevSpace = 0; p < limit; p++) {
    i32 slice = SLICE_CLASS[codes[p]];
    if (((slice & ENDS) | (slice & prevSpace)) != 0) break;
    prevSpace = slice & SPACE;
  }
  return p;
}
#else
#include <wasm_simd128.h>
/**
 * The same with wasm SIMD (no JS equivalent): 8 code units at a time are skipped when none can end the slice (a
 * superset test: a unit below U+0020, "-", a unit from U+00A0 on, or a space after a space); a block that may
 * holds one is read unit by unit as above. The unit before p is no space (copy_plain's contract), so a space
 * before the first block ends nothing.
 */
static inline i32 slice_end(const u16 *codes, i32 p, i32 limit) {
  const v128_t c20 = wasm_i16x8_splat(0x20), c2d = wasm_i16x8_splat(0x2d), ca0 = wasm_i16x8_splat(0xa0);
  for (;;) {
    while (p + 8 <= limit) {
      v128_t v = wasm_v128_load(codes + p);
      v128_t before = wasm_v128_load(codes + p - 1);
      v128_t m = wasm_v128_or(wasm_u16x8_lt(v, c20), wasm_i16x8_eq(v, c2d));
      m = wasm_v128_or(m, wasm_u16x8_ge(v, ca0));
      m = wasm_v128_or(m, wasm_v128_and(wasm_i16x8_eq(v, c20), wasm_i16x8_eq(before, c20)));
      if (wasm_v128_any_true(m)) break;
      p += 8;
    }
    i32 end = p + 8 < limit ? p + 8 : limit;
    i32 prevSpace = codes[p - 1] == 0x20 ? SPACE : 0;
    for (; p < end; p++) {
      i32 slice = SLICE_CLASS[codes[p]];
      if (((slice & ENDS) | (slice & prevSpace)) != 0) return p;
      prevSpace = slice & SPACE;
    }
    if (p >= limit) return p;
  }
}
#endif

static void copy_plain(void) {
  const u16 *codes = orig;
  i32 p0 = pos;
  i32 b = bi;
  while (b < nblanks && blanks[b + 1] <= p0) b += 2;
  bi = b;
  i32 limit = b < nblanks && blanks[b] < rangeEnd ? blanks[b] : rangeEnd;
  write_pending_space();
  acrossLift = 0;
  i32 from = p0;
  i32 p = slice_end(codes, p0 + 1, limit);
  while (p + 1 < limit && codes[p] == 0x0a && SLICE_CLASS[codes[p + 1]] == 0) {
    if (codes[p - 1] != 0x20) out_copy_breaking_as_space(from, p);
    else out_copy(from, p);
    from = p + 1;
    p = slice_end(codes, from + 1, limit);
  }
  if (p < limit && codes[p] == 0x20) p--;
  else if (codes[p - 1] == 0x20) p--;
  out_copy(from, p);
  pos = p;
}

static i32 read_line_end_hyphen(i32 o) {
  if (!is_word_code(view[vlen - 1])) return 0;
  i32 lbi = bi;
  i32 lri = ri, lpos = pos, lend = rangeEnd;
  i32 newlines = 0;
  i32 after = -1;
  for (;;) {
    if (lpos >= lend) {
      if ((lri + 1) * 2 >= nranges) break;
      lri++;
      lpos = ranges[lri * 2];
      lend = ranges[lri * 2 + 1];
      newlines++;
      continue;
    }
    i32 p = lpos++;
    i32 c = orig[p];
    i32 kind = CHAR_KIND[c];
    while (lbi < nblanks && blanks[lbi + 1] <= p) lbi += 2;
    i32 blanked = lbi < nblanks && blanks[lbi] <= p;
    if (blanked || kind == CHAR_SPACE || kind == CHAR_NEWLINE || kind == CHAR_INVISIBLE) {
      if (c == 0x0a) newlines++;
      continue;
    }
    after = p;
    break;
  }
  if (after < 0 || newlines < 1) return 0;
  // leftWordOf: the word characters (at most 40) at the end of the view, back to the start of the stream.
  i32 ls = vlen;
  while (ls > contentStart && ls > vlen - 40 && is_word_code(view[ls - 1])) ls--;
  i32 rend = n < after + 24 ? n : after + 24;
  i32 decision = dehyphenate(view + ls, vlen - ls, orig + after, rend - after);
  if (decision == SUSPEND) return 0;
  if (decision == KEEP) out_put(0x2d, o);
  ri = lri;
  pos = after;
  rangeEnd = lend;
  pendingSpace = -1;
  pendingNewlines = 0;
  acrossLift = 0;
  return 1;
}

static void read(const i32 *r, i32 nr) {
  ranges = r;
  nranges = nr;
  ri = 0;
  pos = r[0];
  rangeEnd = r[1];
  bi = first_blank_after(pos);
  pendingSpace = -1;
  pendingNewlines = 0;
  acrossLift = 0;
  contentStart = vlen;
  const u16 *codes = orig;
  for (;;) {
    i32 o = pos;
    if (o >= rangeEnd) {
      if (!next_range()) break;
      continue;
    }
    i32 kind = CHAR_KIND[codes[o]];
    if (is_blanked(o)) {
      if (kind != CHAR_NEWLINE) kind = CHAR_SPACE;
    } else if (kind == CHAR_PLAIN) {
      copy_plain();
      continue;
    }
    pos = o + 1;
    if (kind == CHAR_SPACE || kind == CHAR_NEWLINE) {
      if (pendingSpace < 0) pendingSpace = o;
      if (kind == CHAR_NEWLINE && !acrossLift) pendingNewlines++;
      continue;
    }
    if (kind == CHAR_INVISIBLE) continue;
    if (pendingSpace < 0 && vlen > contentStart && read_line_end_hyphen(o)) continue;
    write_pending_space();
    acrossLift = 0;
    out_copy(o, o + 1);
  }
}

static void read_stream(const i32 *r, i32 nr, i32 isSegment) {
  if (nr == 0) return;
  i32 streamStart = vlen;
  if (vlen > 0) {
    out_put(0x0a, r[0]);
    out_put(0x0a, r[0]);
  }
  i32 cs = vlen;
  read(r, nr);
  if (vlen == cs && isSegment) out_truncate_synthetic(streamStart);
}

// ---- normalize ----

/** Spans clipped to [0, n), without empty ones, sorted by start (stable, as Array.prototype.sort): count of pairs. */
static i32 clipped_by_start(const i32 *in, i32 count, i32 *out) {
  i32 m = 0;
  for (i32 k = 0; k < count; k++) {
    i32 s = in[k * 2] > 0 ? in[k * 2] : 0, e = in[k * 2 + 1] < n ? in[k * 2 + 1] : n;
    if (e <= s) continue;
    i32 j = m;
    while (j > 0 && out[(j - 1) * 2] > s) {
      out[j * 2] = out[(j - 1) * 2];
      out[j * 2 + 1] = out[(j - 1) * 2 + 1];
      j--;
    }
    out[j * 2] = s;
    out[j * 2 + 1] = e;
    m++;
  }
  return m;
}

EXPORT(run) i32 run(void) {
  n = io[IO_N];
  orig = (u16 *)io[IO_ORIG];
  i32 nsIn = io[IO_NSEG], nbIn = io[IO_NBLANK];
  i32 *segs = alloc((u32)nsIn * 8 + 8);
  i32 ns = clipped_by_start((const i32 *)io[IO_SEGS], nsIn, segs);
  i32 *bl = alloc((u32)nbIn * 8 + 8);
  i32 nb = clipped_by_start((const i32 *)io[IO_BLANKS], nbIn, bl);
  // blankRuns: merged.
  i32 m = 0;
  for (i32 k = 0; k < nb; k++) {
    i32 s = bl[k * 2], e = bl[k * 2 + 1];
    if (m > 0 && s <= bl[m * 2 - 1]) { if (e > bl[m * 2 - 1]) bl[m * 2 - 1] = e; }
    else bl[m * 2] = s, bl[m * 2 + 1] = e, m++;
  }
  blanks = bl;
  nblanks = m * 2;
  // bodyRanges
  i32 *body = alloc((u32)ns * 8 + 16);
  i32 nbody = 0, cursor = 0;
  for (i32 k = 0; k < ns; k++) {
    if (segs[k * 2] > cursor) body[nbody++] = cursor, body[nbody++] = segs[k * 2];
    if (segs[k * 2 + 1] > cursor) cursor = segs[k * 2 + 1];
  }
  if (cursor < n) body[nbody++] = cursor, body[nbody++] = n;
  // The builder: room for the view as normalize.ts makes it (more when needed).
  vcap = n + ns * 2 + 64;
  view = alloc((u32)vcap * 2);
  runView = alloc((u32)vcap * 4);
  runOrig = alloc((u32)vcap * 4);
  runChar = alloc((u32)vcap * 2);
  vlen = 0;
  runs = 0;
  nhyphens = -1;
  read_stream(body, nbody, 0);
  for (i32 k = 0; k < ns; k++) read_stream(segs + k * 2, 2, 1);
  // finish: the map as one table [runView…, runOrig…].
  __builtin_memmove(runView + runs, runOrig, (u32)runs * 4);
  io[IO_VIEW] = (i32)view;
  io[IO_RUNS] = runs;
  io[IO_MAP] = (i32)runView;
  return vlen;
}
