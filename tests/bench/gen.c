/* gen.c - deterministic generator of realistic conversation turns for the
 * bench: §1 JSON lines (for Redis) and the same rows in PostgreSQL COPY text
 * format (for the psql baseline). Mixed ASCII / Chinese / emoji text with
 * tabs, newlines, quotes and backslashes; a quarter of the records are
 * written ASCII-only with \uXXXX escapes, as Python's json.dumps does.
 * Knows nothing about Redis or PostgreSQL connections. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench.h"

/* ------------------------------------------------------------ randomness */

static uint64_t rng_state;

static uint64_t rnd(void) /* splitmix64 */
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static double rnd01(void) { return (double)(rnd() >> 11) / 9007199254740992.0; }
static size_t rndn(size_t n) { return n ? (size_t)(rnd() % n) : 0; }

/* A length with a long tail: floor + exponential(mean), capped. */
static size_t rnd_len(size_t floor_, double mean, size_t cap)
{
    double u = rnd01();
    double l = (double)floor_ - mean * log(1.0 - u);
    return l > (double)cap ? cap : (size_t)l;
}

/* ------------------------------------------------------------ text */

typedef struct sbuf { char *p; size_t len, cap; } sbuf;

static void sb_add(sbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t c = b->cap ? b->cap * 2 : 4096;
        while (c < b->len + n + 1)
            c *= 2;
        b->p = realloc(b->p, c);
        if (b->p == NULL) {
            fprintf(stderr, "mfbench gen: out of memory\n");
            exit(1);
        }
        b->cap = c;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}
static void sb_puts(sbuf *b, const char *s) { sb_add(b, s, strlen(s)); }
static void sb_printf(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(sbuf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
    va_end(ap);
    if (n > 0)
        sb_add(b, tmp, (size_t)n < sizeof(tmp) ? (size_t)n : sizeof(tmp) - 1);
}

static const char *const en_words[] = {
    "the", "model", "answer", "question", "because", "however", "Redis", "PostgreSQL",
    "customer", "order", "refund", "shipping", "password", "reset", "account", "please",
    "thanks", "could", "you", "explain", "why", "this", "happens", "when", "I", "try",
    "to", "run", "the", "script", "error", "message", "says", "timeout", "after", "seconds",
    "here", "is", "an", "example", "of", "what", "we", "can", "do", "next", "step",
    "configuration", "file", "database", "connection", "pool", "latency", "memory",
    "and", "or", "but", "with", "without", "it's", "don't", "can't", "O'Brien", "e.g.",
    "i.e.", "100%", "$42.50", "#1234", "v2.3.1", "ok", "sure", "great", "sorry", "hmm",
};
#define N_EN (sizeof(en_words) / sizeof(en_words[0]))

/* Common Chinese characters (3 bytes each in UTF-8). */
static const char zh_chars[] =
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能"
    "下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量"
    "都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各"
    "重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代"
    "想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接"
    "知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北"
    "造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打";
static const char *const zh_punct[] = {"，", "。", "？", "！", "：", "、", "（", "）", "“", "”"};

static const char *const emoji[] = {
    "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x82", "\xF0\x9F\xA4\x94", "\xF0\x9F\x91\x8D",
    "\xF0\x9F\x8E\x89", "\xF0\x9F\x9A\x80", "\xE2\x9D\xA4\xEF\xB8\x8F", /* heart + VS16 */
    "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x92\xBB",                     /* man technologist (ZWJ) */
    "\xF0\x9F\x87\xA8\xF0\x9F\x87\xB3",                                 /* flag CN */
    "\xF0\x9F\x99\x8F", "\xE2\x9C\x85", "\xF0\x9F\x94\xA5",
};
#define N_EMOJI (sizeof(emoji) / sizeof(emoji[0]))

static const char *const snippets[] = {
    "\n\n", "\n", "\n\t", "\n\t\t", "\t", " \"quoted\" ", " 'single' ", " C:\\Users\\dev\\app ",
    " printf(\"%d\\n\", x); ", " {\"k\": \"v\"} ", " a\\b ", "\n- ", "\n1. ", " `code` ", "\r\n",
};
#define N_SNIP (sizeof(snippets) / sizeof(snippets[0]))

/* Append about target bytes of text. zh: share of Chinese in [0,1]. */
static void gen_text(sbuf *b, size_t target, double zh)
{
    size_t start = b->len;
    while (b->len - start < target) {
        double r = rnd01();
        if (r < 0.03) {
            sb_puts(b, emoji[rndn(N_EMOJI)]);
        } else if (r < 0.09) {
            sb_puts(b, snippets[rndn(N_SNIP)]);
        } else if (r < 0.09 + 0.91 * zh) {
            size_t k = 2 + rndn(8);
            size_t nz = (sizeof(zh_chars) - 1) / 3;
            for (size_t i = 0; i < k; i++)
                sb_add(b, zh_chars + 3 * rndn(nz), 3);
            if (rnd01() < 0.3)
                sb_puts(b, zh_punct[rndn(sizeof(zh_punct) / sizeof(zh_punct[0]))]);
        } else {
            sb_puts(b, en_words[rndn(N_EN)]);
            sb_puts(b, rnd01() < 0.08 ? ", " : rnd01() < 0.06 ? ". " : " ");
        }
    }
}

/* --------------------------------------------------------- encoders */

/* Decode one UTF-8 sequence at s (valid by construction). */
static uint32_t utf8_next(const unsigned char *s, size_t *n)
{
    if (s[0] < 0x80) { *n = 1; return s[0]; }
    if (s[0] < 0xE0) { *n = 2; return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F); }
    if (s[0] < 0xF0) {
        *n = 3;
        return ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
    *n = 4;
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
           ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

/* A JSON string literal of s; ascii: escape everything non-ASCII as \uXXXX
 * (surrogate pairs above the BMP). */
static void json_str(sbuf *b, const char *s, size_t len, int ascii)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, run = 0;
    sb_add(b, "\"", 1);
    while (i < len) {
        unsigned char c = u[i];
        const char *esc = NULL;
        char tmp[16];
        if (c == '"') esc = "\\\"";
        else if (c == '\\') esc = "\\\\";
        else if (c == '\n') esc = "\\n";
        else if (c == '\t') esc = "\\t";
        else if (c == '\r') esc = "\\r";
        else if (c < 0x20) { snprintf(tmp, sizeof(tmp), "\\u%04x", c); esc = tmp; }
        if (esc == NULL && (c < 0x80 || !ascii)) { i++; run++; continue; }
        sb_add(b, s + i - run, run);
        run = 0;
        if (esc) {
            sb_puts(b, esc);
            i++;
        } else {
            size_t n;
            uint32_t cp = utf8_next(u + i, &n);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                snprintf(tmp, sizeof(tmp), "\\u%04x\\u%04x", 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
            } else {
                snprintf(tmp, sizeof(tmp), "\\u%04x", cp);
            }
            sb_puts(b, tmp);
            i += n;
        }
    }
    sb_add(b, s + i - run, run);
    sb_add(b, "\"", 1);
}

/* One COPY text-format field. */
static void copy_field(sbuf *b, const char *s, size_t len)
{
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        const char *esc = NULL;
        switch (s[i]) {
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default: run++; continue;
        }
        sb_add(b, s + i - run, run);
        run = 0;
        sb_add(b, esc, 2);
    }
    sb_add(b, s + len - run, run);
}

/* ------------------------------------------------------------ turns */

typedef struct turn {
    char cid[64], conv[64], user[64], ts[96];
    sbuf umsg, amsg, meta, refl; /* meta/refl: compact JSON (raw UTF-8), empty when absent */
    long long tokens;
    int ascii;
} turn;

static const char *const models[] = {"gpt-4o-mini", "claude-3-haiku", "qwen2.5-72b", "deepseek-v3"};
static const char *const langs[] = {"en", "zh", "mixed"};

static void make_turn(turn *t, uint64_t seed, long i, long nconv, int64_t *clock_us)
{
    double zh;
    int prof;
    long conv = (long)rndn((size_t)nconv);
    int64_t us;
    time_t sec;
    struct tm tm;
    int off = rnd01() < 0.2; /* 20% written with a +08:00 offset */

    t->umsg.len = t->amsg.len = t->meta.len = t->refl.len = 0;
    snprintf(t->cid, sizeof(t->cid), "bench-%llu-%08ld", (unsigned long long)seed, i);
    snprintf(t->conv, sizeof(t->conv), "conv-%06ld", conv);
    snprintf(t->user, sizeof(t->user), "user-%05ld", conv % (nconv / 3 + 1));
    prof = (int)rndn(100);
    zh = prof < 55 ? 0.02 : prof < 80 ? 0.9 : 0.45;
    gen_text(&t->umsg, rnd_len(4, 180, 4000), zh);
    gen_text(&t->amsg, rnd_len(20, 600, 16000), zh);
    t->tokens = (long long)(t->umsg.len + t->amsg.len) / 3;
    t->ascii = rnd01() < 0.25;

    *clock_us += 1 + (int64_t)rndn(2000000); /* turns arrive up to 2 s apart */
    us = *clock_us + (off ? 8LL * 3600 * 1000000 : 0);
    sec = (time_t)(us / 1000000);
    gmtime_r(&sec, &tm);
    snprintf(t->ts, sizeof(t->ts), "%04d-%02d-%02dT%02d:%02d:%02d.%06d%s", tm.tm_year + 1900,
             tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, (int)(us % 1000000),
             off ? "+08:00" : "Z");

    if (rnd01() < 0.7) {
        sb_puts(&t->meta, "{\"model\":\"");
        sb_puts(&t->meta, models[rndn(4)]);
        sb_printf(&t->meta, "\",\"lang\":\"%s\",\"client\":{\"app\":\"%s\",\"version\":\"1.%d.%d\"},"
                  "\"latency_ms\":%d}", langs[prof < 55 ? 0 : prof < 80 ? 1 : 2],
                  rnd01() < 0.5 ? "web" : "ios", (int)rndn(9), (int)rndn(20), 80 + (int)rndn(3000));
    }
    if (rnd01() < 0.3) {
        sbuf s = {0};
        gen_text(&s, rnd_len(20, 120, 600), zh);
        sb_puts(&t->refl, "{\"summary\":");
        json_str(&t->refl, s.p, s.len, 0);
        sb_printf(&t->refl, ",\"causes\":[\"ambiguous question\",\"missing context\"],"
                  "\"improvements\":[\"ask a follow-up\"],\"confidence\":0.%02d}", (int)rndn(100));
        free(s.p);
    }
}

/* A JSON object text re-encoded ASCII-only: strings inside are re-escaped.
 * Our objects are simple (no nested escapes other than those json_str made),
 * so it is enough to walk the text and escape non-ASCII bytes. */
static void json_ascii_copy(sbuf *b, const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            sb_add(b, s + i, 1);
            i++;
        } else {
            size_t n;
            char tmp[16];
            uint32_t cp = utf8_next((const unsigned char *)s + i, &n);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                snprintf(tmp, sizeof(tmp), "\\u%04x\\u%04x", 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
            } else {
                snprintf(tmp, sizeof(tmp), "\\u%04x", cp);
            }
            sb_puts(b, tmp);
            i += n;
        }
    }
}

static void write_json(sbuf *b, const turn *t)
{
    sb_puts(b, "{\"v\":1,\"cid\":\"");
    sb_puts(b, t->cid);
    sb_puts(b, "\",\"conversation_id\":\"");
    sb_puts(b, t->conv);
    sb_puts(b, "\",\"user_id\":\"");
    sb_puts(b, t->user);
    sb_puts(b, "\",\"user_message\":");
    json_str(b, t->umsg.p, t->umsg.len, t->ascii);
    sb_puts(b, ",\"assistant_message\":");
    json_str(b, t->amsg.p, t->amsg.len, t->ascii);
    sb_printf(b, ",\"token_count\":%lld,\"created_at\":\"%s\"", t->tokens, t->ts);
    if (t->refl.len) {
        sb_puts(b, ",\"reflection\":");
        if (t->ascii)
            json_ascii_copy(b, t->refl.p, t->refl.len);
        else
            sb_add(b, t->refl.p, t->refl.len);
    }
    if (t->meta.len) {
        sb_puts(b, ",\"metadata\":");
        sb_add(b, t->meta.p, t->meta.len);
    }
    sb_puts(b, "}\n");
}

/* Columns: cid, conversation_id, user_id, user_message, assistant_message,
 * token_count, reflection, metadata, created_at (see bench.sh). */
static void write_copy(sbuf *b, const turn *t)
{
    sb_puts(b, t->cid);
    sb_add(b, "\t", 1);
    sb_puts(b, t->conv);
    sb_add(b, "\t", 1);
    sb_puts(b, t->user);
    sb_add(b, "\t", 1);
    copy_field(b, t->umsg.p, t->umsg.len);
    sb_add(b, "\t", 1);
    copy_field(b, t->amsg.p, t->amsg.len);
    sb_printf(b, "\t%lld\t", t->tokens);
    if (t->refl.len)
        copy_field(b, t->refl.p, t->refl.len);
    else
        sb_puts(b, "\\N");
    sb_add(b, "\t", 1);
    if (t->meta.len)
        copy_field(b, t->meta.p, t->meta.len);
    else
        sb_puts(b, "{}");
    sb_add(b, "\t", 1);
    sb_puts(b, t->ts);
    sb_add(b, "\n", 1);
}

int bench_gen(int argc, char **argv)
{
    long rows = atol(bench_opt(argc, argv, "rows", "1000"));
    uint64_t seed = strtoull(bench_opt(argc, argv, "seed", "1"), NULL, 10);
    const char *jpath = bench_opt(argc, argv, "jsonl", NULL);
    const char *cpath = bench_opt(argc, argv, "copy", NULL);
    FILE *jf = NULL, *cf = NULL;
    turn t;
    sbuf jb = {0}, cb = {0};
    int64_t clock_us = 1714521600LL * 1000000; /* 2024-05-01T00:00:00Z */
    long nconv = rows / 20 > 0 ? rows / 20 : 1;
    unsigned long long jbytes = 0, ascii = 0, refl = 0, meta = 0, maxrec = 0;

    if (rows <= 0 || jpath == NULL) {
        fprintf(stderr, "usage: mfbench gen --rows N --seed S --jsonl FILE [--copy FILE]\n");
        return 2;
    }
    memset(&t, 0, sizeof(t));
    rng_state = seed;
    jf = fopen(jpath, "w");
    if (jf == NULL || (cpath && (cf = fopen(cpath, "w")) == NULL)) {
        perror("mfbench gen: fopen");
        return 1;
    }
    for (long i = 0; i < rows; i++) {
        make_turn(&t, seed, i, nconv, &clock_us);
        jb.len = 0;
        write_json(&jb, &t);
        fwrite(jb.p, 1, jb.len, jf);
        jbytes += jb.len - 1;
        if (jb.len - 1 > maxrec)
            maxrec = jb.len - 1;
        ascii += (unsigned)t.ascii;
        refl += t.refl.len != 0;
        meta += t.meta.len != 0;
        if (cf) {
            cb.len = 0;
            write_copy(&cb, &t);
            fwrite(cb.p, 1, cb.len, cf);
        }
    }
    if (fclose(jf) != 0 || (cf && fclose(cf) != 0)) {
        perror("mfbench gen: write");
        return 1;
    }
    printf("rows=%ld seed=%llu mean_record_bytes=%.0f max_record_bytes=%llu conversations=%ld "
           "ascii_escaped=%.0f%% with_reflection=%.0f%% with_metadata=%.0f%%\n",
           rows, (unsigned long long)seed, (double)jbytes / (double)rows, maxrec, nconv,
           100.0 * (double)ascii / (double)rows, 100.0 * (double)refl / (double)rows,
           100.0 * (double)meta / (double)rows);
    free(jb.p);
    free(cb.p);
    free(t.umsg.p);
    free(t.amsg.p);
    free(t.meta.p);
    free(t.refl.p);
    return 0;
}
