/* rfc3339.c - parse, validate and normalise RFC 3339 §5.6 timestamps; format now.
 * Pure calendar arithmetic: knows nothing about records, Redis or PostgreSQL. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "record.h"

#define FORMAT_HINT "expected YYYY-MM-DDTHH:MM:SS[.fraction] then Z or +hh:mm"

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
static int64_t days_from_civil(int64_t y, int m, int d)
{
    int64_t era, yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int *y, int *m, int *d)
{
    int64_t era, doe, yoe, doy, mp;

    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : dim[m - 1];
}

/* n decimal digits at s[*i], advancing *i; -1 when they are not all digits. */
static int digits(const char *s, size_t len, size_t *i, int n)
{
    int v = 0;

    if (*i + (size_t)n > len)
        return -1;
    for (int k = 0; k < n; k++) {
        char c = s[*i + (size_t)k];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    *i += (size_t)n;
    return v;
}

static int expect(const char *s, size_t len, size_t *i, char c)
{
    if (*i >= len || s[*i] != c)
        return -1;
    (*i)++;
    return 0;
}

/* Add one second to ts (used when rounding carries), across days, months and
 * years. Returns -1 when the result would leave year 9999. */
static int add_second(mfp_ts *ts)
{
    int64_t days = days_from_civil(ts->year, ts->month, ts->day);
    int64_t sod = (int64_t)ts->hour * 3600 + ts->minute * 60 + ts->second + 1;
    int y, m, d;

    days += sod / 86400;
    sod %= 86400;
    civil_from_days(days, &y, &m, &d);
    if (y > 9999)
        return -1;
    ts->year = y;
    ts->month = m;
    ts->day = d;
    ts->hour = (int)(sod / 3600);
    ts->minute = (int)(sod / 60 % 60);
    ts->second = (int)(sod % 60);
    return 0;
}

int mfp_rfc3339_parse(const char *s, size_t len, mfp_ts *ts, mf_error *err)
{
    size_t i = 0;
    int ndig = 0, round_up = 0;

    memset(ts, 0, sizeof(*ts));
    if ((ts->year = digits(s, len, &i, 4)) < 0 || expect(s, len, &i, '-') != 0 ||
        (ts->month = digits(s, len, &i, 2)) < 0 || expect(s, len, &i, '-') != 0 ||
        (ts->day = digits(s, len, &i, 2)) < 0)
        return mfp_seterr(err, MF_EINVALID, "bad date; " FORMAT_HINT);
    if (i >= len || (s[i] != 'T' && s[i] != 't' && s[i] != ' '))
        return mfp_seterr(err, MF_EINVALID, "date and time must be separated by T or a space; "
                          FORMAT_HINT);
    i++;
    if ((ts->hour = digits(s, len, &i, 2)) < 0 || expect(s, len, &i, ':') != 0 ||
        (ts->minute = digits(s, len, &i, 2)) < 0 || expect(s, len, &i, ':') != 0 ||
        (ts->second = digits(s, len, &i, 2)) < 0)
        return mfp_seterr(err, MF_EINVALID, "bad time of day; " FORMAT_HINT);
    if (i < len && s[i] == '.') {
        i++;
        while (i < len && s[i] >= '0' && s[i] <= '9') {
            if (ndig < 6)
                ts->usec = ts->usec * 10 + (s[i] - '0');
            else if (ndig == 6)
                round_up = s[i] >= '5';
            ndig++;
            i++;
        }
        if (ndig == 0)
            return mfp_seterr(err, MF_EINVALID, "a '.' must be followed by fraction digits; "
                              FORMAT_HINT);
    }
    if (i >= len)
        return mfp_seterr(err, MF_EINVALID, "the UTC offset is missing; add Z or +hh:mm");
    if (s[i] == 'Z' || s[i] == 'z') {
        ts->zulu = 1;
        i++;
    } else if (s[i] == '+' || s[i] == '-') {
        int sign = s[i] == '-' ? -1 : 1, oh, om;
        i++;
        if ((oh = digits(s, len, &i, 2)) < 0 || expect(s, len, &i, ':') != 0 ||
            (om = digits(s, len, &i, 2)) < 0)
            return mfp_seterr(err, MF_EINVALID, "bad UTC offset; expected Z, +hh:mm or -hh:mm");
        if (oh > 23 || om > 59)
            return mfp_seterr(err, MF_EINVALID, "UTC offset %c%02d:%02d is out of range",
                              sign < 0 ? '-' : '+', oh, om);
        ts->offset_min = sign * (oh * 60 + om);
    } else {
        return mfp_seterr(err, MF_EINVALID, "the UTC offset is missing or malformed; "
                          "expected Z, +hh:mm or -hh:mm");
    }
    if (i != len)
        return mfp_seterr(err, MF_EINVALID, "unexpected text after the UTC offset");

    if (ts->year < 1)
        return mfp_seterr(err, MF_EINVALID, "year 0000 is out of range (0001 to 9999)");
    if (ts->month < 1 || ts->month > 12)
        return mfp_seterr(err, MF_EINVALID, "month %02d is out of range", ts->month);
    if (ts->day < 1 || ts->day > days_in_month(ts->year, ts->month))
        return mfp_seterr(err, MF_EINVALID, "day %02d is out of range for %04d-%02d", ts->day,
                          ts->year, ts->month);
    if (ts->hour > 23)
        return mfp_seterr(err, MF_EINVALID, "hour %02d is out of range (00 to 23)", ts->hour);
    if (ts->minute > 59)
        return mfp_seterr(err, MF_EINVALID, "minute %02d is out of range (00 to 59)", ts->minute);
    if (ts->second > 60)
        return mfp_seterr(err, MF_EINVALID, "second %02d is out of range (00 to 60)", ts->second);

    for (int k = ndig; k < 6; k++)
        ts->usec *= 10;
    ts->frac_digits = ndig > 6 ? 6 : ndig;
    if (round_up && ++ts->usec == 1000000) {
        mfp_ts keep = *ts;
        ts->usec = 0;
        if (add_second(ts) != 0) { /* 9999-12-31T23:59:59.9999995: truncate instead */
            *ts = keep;
            ts->usec = 999999;
        }
    }
    return 0;
}

/* v as exactly w decimal digits at o (v < 10^w); returns o + w. */
static char *put_digits(char *o, int v, int w)
{
    for (int i = w - 1; i >= 0; i--, v /= 10)
        o[i] = (char)('0' + v % 10);
    return o + w;
}

/* By hand rather than snprintf: every turn push saves is formatted here. */
size_t mfp_rfc3339_format(const mfp_ts *ts, char *out)
{
    char *o = out;

    o = put_digits(o, ts->year, 4);
    *o++ = '-';
    o = put_digits(o, ts->month, 2);
    *o++ = '-';
    o = put_digits(o, ts->day, 2);
    *o++ = 'T';
    o = put_digits(o, ts->hour, 2);
    *o++ = ':';
    o = put_digits(o, ts->minute, 2);
    *o++ = ':';
    o = put_digits(o, ts->second, 2);
    if (ts->frac_digits > 0) {
        int v = ts->usec;
        for (int k = ts->frac_digits; k < 6; k++)
            v /= 10;
        *o++ = '.';
        o = put_digits(o, v, ts->frac_digits);
    }
    if (ts->zulu) {
        *o++ = 'Z';
    } else {
        int off = ts->offset_min < 0 ? -ts->offset_min : ts->offset_min;
        *o++ = ts->offset_min < 0 ? '-' : '+';
        o = put_digits(o, off / 60, 2);
        *o++ = ':';
        o = put_digits(o, off % 60, 2);
    }
    *o = '\0';
    return (size_t)(o - out);
}

int mfp_rfc3339_normalize(const char *s, size_t len, char *out, mf_error *err)
{
    mfp_ts ts;

    if (mfp_rfc3339_parse(s, len, &ts, err) != 0)
        return -1;
    mfp_rfc3339_format(&ts, out);
    return 0;
}

int64_t mfp_ts_unix(const mfp_ts *ts)
{
    return days_from_civil(ts->year, ts->month, ts->day) * 86400 + (int64_t)ts->hour * 3600 +
           ts->minute * 60 + ts->second - (int64_t)ts->offset_min * 60;
}

void mfp_clock_realtime(struct timespec *now)
{
#ifdef MF_FUZZ_DETERMINISTIC
    /* fuzz builds only (make fuzz): a fixed clock, see cid.c */
    now->tv_sec = 1767225600; /* 2026-01-01T00:00:00Z */
    now->tv_nsec = 123456789;
    return;
#endif
    clock_gettime(CLOCK_REALTIME, now);
}

size_t mfp_rfc3339_now(char *out)
{
    struct timespec now;
    mfp_ts ts;
    int64_t days, sod;

    mfp_clock_realtime(&now);
    days = (int64_t)now.tv_sec / 86400;
    sod = (int64_t)now.tv_sec % 86400;
    if (sod < 0) { /* before 1970: not expected, but keep the arithmetic right */
        sod += 86400;
        days--;
    }
    memset(&ts, 0, sizeof(ts));
    civil_from_days(days, &ts.year, &ts.month, &ts.day);
    ts.hour = (int)(sod / 3600);
    ts.minute = (int)(sod / 60 % 60);
    ts.second = (int)(sod % 60);
    ts.usec = (int)(now.tv_nsec / 1000000) * 1000;
    ts.frac_digits = 3;
    ts.zulu = 1;
    return mfp_rfc3339_format(&ts, out);
}
