"""The turn record of contract section 1, as the C library builds it.

Parse and validate a record (JSON text or a mapping), complete what the
producer left out (cid, created_at, token_count, metadata) and write the
canonical JSON text, byte for byte what src/record.c writes. The refusals carry
the C library's messages (src/record.c, src/rfc3339.c). Knows nothing about
Redis or PostgreSQL.
"""

import json
import os
import re
import sys
import threading
import time

from .errors import InvalidRecord

RECORD_VERSION = 1
CID_MAX = 128
ID_MAX = 256
TOKEN_MAX = 2147483647
DEFAULT_MAX_RECORD_BYTES = 1048576
JSON_MAX_DEPTH = 2047       # metadata/reflection as stored (MFP_JSON_MAX_DEPTH)
PARSER_MAX_DEPTH = 2048     # jansson's JSON_PARSER_MAX_DEPTH
INT_MIN, INT_MAX = -(1 << 63), (1 << 63) - 1

KNOWN = ("v", "cid", "conversation_id", "user_id", "user_message", "assistant_message",
         "token_count", "created_at", "reflection", "metadata")
_KNOWN = frozenset(KNOWN)
_REQUIRED = ("cid", "conversation_id", "user_id", "user_message", "assistant_message")

_enc_str = json.encoder.encode_basestring   # ensure_ascii=False: exactly record.c's escaping
_SURROGATE = re.compile("[\ud800-\udfff]")


# --------------------------------------------------------------- the record

class Record:
    """A validated turn. Strings are str; reflection_json and metadata_json are
    the compact JSON texts record.c keeps (None / "{}" when absent)."""

    __slots__ = ("cid", "conversation_id", "user_id", "user_message", "assistant_message",
                 "token_count", "created_at", "reflection_json", "metadata_json", "created_us")

    def __init__(self):
        self.cid = None
        self.token_count = None
        self.created_at = None
        self.reflection_json = None
        self.metadata_json = None
        self.created_us = None      # created_at in microseconds, when complete() set it

    def complete(self):
        """Fill cid (UUIDv7), created_at (now, UTC, milliseconds), token_count
        (the estimate) and metadata, as mfp_record_complete does."""
        if self.cid is None or self.created_at is None:
            ns = time.time_ns()     # one clock read for both
            if self.cid is None:
                self.cid = _cid_at(ns)
            if self.created_at is None:
                self.created_at = _rfc3339_at(ns)
                self.created_us = ns // 1000000 * 1000
        if self.token_count is None:
            n = estimate_tokens(self.user_message) + estimate_tokens(self.assistant_message)
            self.token_count = n if n < TOKEN_MAX else TOKEN_MAX
        if self.metadata_json is None:
            self.metadata_json = "{}"
        return self

    def to_json(self):
        """The canonical section 1 text (mfp_record_write_json)."""
        if self.cid is not None and self.token_count is not None and self.created_at is not None:
            # a completed record (every save): one formatting step
            return _COMPLETE % (_enc_str(self.cid), _enc_str(self.conversation_id), _enc_str(self.user_id),
                                _enc_str(self.user_message), _enc_str(self.assistant_message),
                                self.token_count, self.created_at,
                                "" if self.reflection_json is None else ',"reflection":' + self.reflection_json,
                                "{}" if self.metadata_json is None else self.metadata_json)
        parts = ['{"v":1']
        if self.cid is not None:
            parts.append(',"cid":' + _enc_str(self.cid))
        parts.append(',"conversation_id":' + _enc_str(self.conversation_id))
        parts.append(',"user_id":' + _enc_str(self.user_id))
        parts.append(',"user_message":' + _enc_str(self.user_message))
        parts.append(',"assistant_message":' + _enc_str(self.assistant_message))
        if self.token_count is not None:
            parts.append(',"token_count":%d' % self.token_count)
        if self.created_at is not None:
            parts.append(',"created_at":"' + self.created_at + '"')
        if self.reflection_json is not None:
            parts.append(',"reflection":' + self.reflection_json)
        parts.append(',"metadata":' + (self.metadata_json if self.metadata_json is not None else "{}"))
        parts.append("}")
        return "".join(parts)


_COMPLETE = ('{"v":1,"cid":%s,"conversation_id":%s,"user_id":%s,"user_message":%s,"assistant_message":%s,'
             '"token_count":%d,"created_at":"%s"%s,"metadata":%s}')


# ------------------------------------------------------------- JSON values

def _real(d):
    """mfp_json_put_real: the shortest text that reads back as d, with a '.'
    or an exponent; 1e16 <= |d| < 1e17 written in full as %.0f does."""
    r = repr(d)
    if "e" in r and 1 <= abs(d) < 1e17:
        r = "%.0f" % d
    if not any(c in r for c in ".eEni"):
        r += ".0"
    return r


def dump_value(v):
    """Compact JSON of a checked value, keys in their order (put_value)."""
    t = type(v)
    if t is str:
        return _enc_str(v)
    if t is dict:
        return "{" + ",".join(_enc_str(k) + ":" + dump_value(x) for k, x in v.items()) + "}"
    if t is list or t is tuple:
        return "[" + ",".join(dump_value(x) for x in v) + "]"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    if t is int:
        return str(v)
    if t is float:
        return _real(v)
    raise TypeError("not a JSON value: %r" % (v,))


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False,
                         allow_nan=False).encode


def _no_default(o):
    raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)


try:
    # what that JSONEncoder's encode() runs (CPython's json.encoder), made once instead of on
    # every call; where it is missing or takes other arguments, encode() itself
    _c_encode = json.encoder.c_make_encoder(None, _no_default, json.encoder.encode_basestring, None,
                                            ":", ",", False, False, False)
    if "".join(_c_encode({"a": [1, 2.5, None, True, "\u00e9\n"]}, 0)) != '{"a":[1,2.5,null,true,"\u00e9\\n"]}':
        raise TypeError("another encoder")

    def _dumps(v):
        return "".join(_c_encode(v, 0))
except TypeError:
    pass


def dump_fast(v):
    """dump_value through json's C encoder: the same text except for floats
    with 1e16 <= |d| < 1e17 (repr writes 1e+16), which take the slow path."""
    s = _dumps(v)
    if "e+16" in s:
        return dump_value(v)
    return s


def describe(v):
    """A value for an error message, at most about 60 bytes (record.c describe)."""
    try:
        s = dump_value(v).encode("utf-8", "surrogatepass")
    except (TypeError, RecursionError):
        return "a value"
    if len(s) > 60:
        return s[:57].decode("utf-8", "replace") + "..."
    return s.decode("utf-8", "replace")


def _type_name(v):
    if isinstance(v, dict):
        return "an object"
    if isinstance(v, list):
        return "an array"
    if isinstance(v, str):
        return "a string"
    if v is True or v is False:
        return "a boolean"
    if isinstance(v, int):
        return "an integer"
    if isinstance(v, float):
        return "a number"
    return "null"


class _Bad(Exception):
    """A parse-time refusal: the message, without the 'record' / field prefix."""

    def __init__(self, kind, text):
        Exception.__init__(self, text)
        self.kind = kind
        self.text = text


def _pairs(pairs):
    d = dict(pairs)
    if len(d) != len(pairs):
        seen = set()
        for k, _ in pairs:
            if k in seen:
                raise _Bad("dup", "duplicate object key near '%s'" % _enc_str(k))
            seen.add(k)
    return d


def _parse_int(s):
    v = int(s)
    if v < INT_MIN or v > INT_MAX:
        raise _Bad("range", "too big %sinteger near '%s'" % ("negative " if v < 0 else "", s))
    return v


def _parse_float(s):
    v = float(s)
    if v in (float("inf"), float("-inf")):
        raise _Bad("range", "real number overflow near '%s'" % s)
    return v


def _parse_constant(s):
    raise _Bad("json", "invalid token near '%s'" % s)


_decoder = json.JSONDecoder(object_pairs_hook=_pairs, parse_int=_parse_int,
                            parse_float=_parse_float, parse_constant=_parse_constant)

# Python's messages for what jansson calls by these names
_SYNTAX = (
    ("Expecting property name enclosed in double quotes", "string or '}' expected"),
    ("Extra data", "end of file expected"),
    ("Expecting ':' delimiter", "':' expected"),
    ("Expecting ',' delimiter", "',' or '}' expected"),
    ("Unterminated string", "premature end of input"),
    ("Invalid control character", "control character"),
    ("Invalid \\escape", "invalid escape"),
    ("Invalid \\uXXXX escape", "invalid escape"),
)

_deep_lock = threading.RLock()


def _run_deep(fn):
    """Run fn with a recursion limit deep enough for 2048 JSON levels."""
    with _deep_lock:
        old = sys.getrecursionlimit()
        sys.setrecursionlimit(max(old, 3 * PARSER_MAX_DEPTH + 1000))
        try:
            return fn()
        finally:
            sys.setrecursionlimit(old)


def _maybe_deep(fn):
    """fn(), again with the deep limit when a caller's value nests deeply."""
    try:
        return fn()
    except RecursionError:
        return _run_deep(fn)


def _depth(text):
    """How deep the JSON text nests (brackets outside strings)."""
    if text.count("[") + text.count("{") < 64:
        return 0
    depth = top = 0
    in_str = esc = False
    for c in text:
        if in_str:
            if esc:
                esc = False
            elif c == "\\":
                esc = True
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c in "[{":
            depth += 1
            if depth > top:
                top = depth
        elif c in "]}":
            depth -= 1
    return top


def _byte_pos(text, pos):
    return len(text[:pos].encode("utf-8", "surrogatepass"))


def _lone_surrogate(text):
    """jansson's words for the first lone surrogate escape in the raw text."""
    for m in re.finditer(r'\\u([dD][0-9a-fA-F]{3})(\\u([0-9a-fA-F]{4}))?', text):
        pre = len(m.group(0)) and text[:m.start()]
        if (len(pre) - len(pre.rstrip("\\"))) % 2:      # an escaped backslash, not an escape
            continue
        hi = int(m.group(1), 16)
        if 0xD800 <= hi <= 0xDBFF:
            if m.group(3) is not None:
                lo = int(m.group(3), 16)
                if 0xDC00 <= lo <= 0xDFFF:
                    continue
                return "invalid Unicode '\\u%04X\\u%04X'" % (hi, lo)
            return "invalid Unicode '\\u%04X'" % hi
        if hi >= 0xDC00:
            return "invalid Unicode '\\u%04X'" % hi
    return "invalid Unicode escape"


_RISKY = re.compile(r"\\u(?:0000|[dD][89a-fA-F])")


def _check_strings(v, text):
    """NUL characters and lone surrogates that json.loads let through (only
    \\u0000 and surrogate escapes make them, so most texts need no look)."""
    if "\\u" not in text or not _RISKY.search(text):
        return
    try:
        d = json.dumps(v, ensure_ascii=False)
        d.encode("utf-8")
        if "\\u0000" not in d:
            return
    except UnicodeEncodeError:
        pass
    stack = [v]
    while stack:
        x = stack.pop()
        t = type(x)
        if t is str:
            items = (x,)
        elif t is dict:
            items = tuple(x.keys())
            stack.extend(x.values())
        elif t is list:
            stack.extend(x)
            continue
        else:
            continue
        for s in items:
            if "\x00" in s:
                i = text.find("\\u0000")
                raise InvalidRecord("record carries a NUL character (\\u0000) near byte %d; text "
                                    "and jsonb cannot hold it" % _byte_pos(text, max(i, 0)))
            if _SURROGATE.search(s):
                raise InvalidRecord("record is not valid UTF-8: %s (a lone surrogate escape)"
                                    % _lone_surrogate(text))


def loads(buf, what="record", top_object=True):
    """Parse JSON bytes/str with jansson's rules (strict UTF-8, no NaN, no key
    given twice, 64-bit integers, no NUL, no lone surrogate). Raises InvalidRecord."""
    if isinstance(buf, (bytes, bytearray, memoryview)):
        buf = bytes(buf)
        try:
            text = buf.decode("utf-8")
        except UnicodeDecodeError as e:
            if b"\x00" in buf:
                raise InvalidRecord("%s carries a NUL byte at byte %d; text and jsonb cannot hold it"
                                    % (what, buf.index(b"\x00"))) from None
            raise InvalidRecord("%s is not valid UTF-8: unable to decode byte 0x%x at byte %d"
                                % (what, buf[e.start], e.start)) from None
    else:
        text = buf
    depth = _depth(text)
    if depth > PARSER_MAX_DEPTH:
        raise InvalidRecord("%s is nested more than %d levels deep" % (what, PARSER_MAX_DEPTH))
    try:
        if top_object:
            s = text.lstrip(" \t\n\r")
            if not s.startswith(("{", "[")):
                if "\x00" in text:
                    raise InvalidRecord("%s carries a NUL byte at byte %d; text and jsonb cannot "
                                        "hold it" % (what, _byte_pos(text, text.index("\x00"))))
                raise InvalidRecord("%s is not valid JSON: '[' or '{' expected near %s at byte %d"
                                    % (what, "'%s'" % s[:20] if s else "end of file",
                                       _byte_pos(text, len(text) - len(s))))
        if depth > 400:
            v = _run_deep(lambda: _decoder.decode(text))
        else:
            v = _decoder.decode(text)
    except _Bad as b:
        if b.kind == "dup":
            raise InvalidRecord("%s has a key given twice: %s" % (what, b.text)) from None
        if b.kind == "range":
            raise InvalidRecord("%s has a number out of range (%s); integers must fit in 64 bits"
                                % (what, b.text)) from None
        raise InvalidRecord("%s is not valid JSON: %s" % (what, b.text)) from None
    except json.JSONDecodeError as e:
        if "\x00" in text:
            raise InvalidRecord("%s carries a NUL byte at byte %d; text and jsonb cannot hold it"
                                % (what, _byte_pos(text, text.index("\x00")))) from None
        msg = e.msg
        for py, js in _SYNTAX:
            if msg.startswith(py):
                msg = js
                if js == "control character" and e.pos < len(text):
                    c = text[e.pos]
                    msg = "unexpected newline" if c == "\n" else "control character 0x%x" % ord(c)
                break
        if msg == "Expecting value":
            msg = "'[' or '{' expected" if not text.strip() else "unexpected token"
        raise InvalidRecord("%s is not valid JSON: %s at byte %d"
                            % (what, msg, _byte_pos(text, e.pos))) from None
    _check_strings(v, text)
    return v


# --------------------------------------------------------- record building

def _size_error(n, max_bytes):
    return InvalidRecord("record is %d bytes, more than the maximum of %d (MEMFLUSH_MAX_RECORD_BYTES)"
                         % (n, max_bytes))


_ABSENT = object()


def _take_string(name, v, lo, hi):
    if v is _ABSENT:
        raise InvalidRecord('field "%s" is required' % name)
    if type(v) is not str:
        raise InvalidRecord('field "%s" must be a string, got %s' % (name, describe(v)))
    if v.isascii():
        n = len(v)
        if "\x00" in v:        # only a caller's Python value gets here with one
            raise InvalidRecord("record carries a NUL character (\\u0000); text and jsonb cannot hold it")
    else:
        try:
            n = len(v.encode("utf-8"))
        except UnicodeEncodeError:
            raise InvalidRecord("record is not valid UTF-8: a lone surrogate (a lone surrogate escape)") from None
        if "\x00" in v:
            raise InvalidRecord("record carries a NUL character (\\u0000); text and jsonb cannot hold it")
    if n < lo or (hi and n > hi):
        raise InvalidRecord('field "%s" must be %d to %d bytes, got %d' % (name, lo, hi, n))
    return v


def _token_error(got):
    return InvalidRecord('field "token_count" must be an integer from 0 to 2147483647, got %s' % got)


def _created_at(v):
    try:
        return normalize_rfc3339(v)
    except ValueError as e:
        shown = v.encode("utf-8", "surrogatepass")[:48].decode("utf-8", "replace")
        raise InvalidRecord('field "created_at" must be an RFC 3339 timestamp with an offset such '
                            'as 2025-10-27T08:15:00.123Z, got "%s": %s' % (shown, e)) from None


def _check_depth(name, text):
    if text is not None and _depth(text) > JSON_MAX_DEPTH:
        raise InvalidRecord('field "%s" is nested more than %d levels deep (unknown top-level fields '
                            'count inside metadata); flatten it' % (name, JSON_MAX_DEPTH))


def from_object(d, allow_missing_cid=False, dump=None):
    """Validate a parsed top-level object (record.c from_object) into a Record.
    allow_missing_cid: a record without a "cid" key gets a new one (what
    push and mf_save_json do)."""
    dump = dump or dump_fast
    f = {}
    unknown = []
    for k, x in d.items():
        if k in _KNOWN:
            if x is not None or k in _REQUIRED:
                f[k] = x
        else:
            unknown.append(k)
    r = Record()
    v = f.get("v")
    if v is not None:
        if type(v) is not int:
            raise InvalidRecord('field "v" must be the integer 1, got %s' % describe(v))
        if v != RECORD_VERSION:
            raise InvalidRecord("unknown format version %d; this memflush reads version 1" % v)
    if "cid" not in d and allow_missing_cid:
        r.cid = new_cid()
    else:
        r.cid = _take_string("cid", f.get("cid", _ABSENT), 1, CID_MAX)
    r.conversation_id = _take_string("conversation_id", f.get("conversation_id", _ABSENT), 1, ID_MAX)
    r.user_id = _take_string("user_id", f.get("user_id", _ABSENT), 1, ID_MAX)
    r.user_message = _take_string("user_message", f.get("user_message", _ABSENT), 0, 0)
    r.assistant_message = _take_string("assistant_message", f.get("assistant_message", _ABSENT), 0, 0)
    tc = f.get("token_count")
    if tc is not None:
        if type(tc) is not int or tc < 0 or tc > TOKEN_MAX:
            raise _token_error(describe(tc))
        r.token_count = tc
    ca = f.get("created_at")
    if ca is not None:
        if type(ca) is not str:
            raise InvalidRecord('field "created_at" must be an RFC 3339 string with an offset such as '
                                '2025-10-27T08:15:00.123Z, got %s' % describe(ca))
        r.created_at = _created_at(ca)
    refl = f.get("reflection")
    if refl is not None:
        if type(refl) is not dict:
            raise InvalidRecord('field "reflection" must be an object or null, got %s' % describe(refl))
        r.reflection_json = dump(refl)
    meta = f.get("metadata")
    if meta is not None and type(meta) is not dict:
        raise InvalidRecord('field "metadata" must be an object or null, got %s' % describe(meta))
    if unknown:
        meta = dict(meta) if meta is not None else {}
        for k in unknown:
            if k in meta:
                raise InvalidRecord('field "%s" conflicts with the key "%s" in metadata; rename one '
                                    'of them' % (k, k))
            meta[k] = d[k]
    r.metadata_json = dump(meta) if meta is not None else "{}"
    _check_depth("reflection", r.reflection_json)
    _check_depth("metadata", r.metadata_json)
    return r


def parse_record(buf, max_bytes=DEFAULT_MAX_RECORD_BYTES, allow_missing_cid=False):
    """mfp_record_parse (allow_missing_cid: mfp_save_parse) of JSON bytes or str."""
    return parse_record_object(buf, max_bytes, allow_missing_cid)[0]


def parse_record_object(buf, max_bytes=DEFAULT_MAX_RECORD_BYTES, allow_missing_cid=False):
    """parse_record, and the parsed top-level object too."""
    if isinstance(buf, str):
        raw = buf.encode("utf-8", "surrogatepass")
    else:
        raw = bytes(buf)
    if max_bytes and len(raw) > max_bytes:
        raise _size_error(len(raw), max_bytes)
    if raw.startswith(b"\xef\xbb\xbf"):
        raise InvalidRecord("record starts with a byte-order mark; write UTF-8 without a BOM")
    def run():
        d = loads(raw)
        if type(d) is not dict:
            raise InvalidRecord("record must be a JSON object, got %s" % _type_name(d))
        return from_object(d, allow_missing_cid), d
    if raw.count(b"[") + raw.count(b"{") > 400:
        return _run_deep(run)
    return run()


def _check_value(v, depth=0):
    """A caller's Python value (metadata, reflection, a record dict) checked as
    JSON would be: str/int/float/bool/None/list/tuple/dict with str keys;
    returns it with tuples as lists."""
    t = type(v)
    if t is str:
        if "\x00" in v:
            raise InvalidRecord("record carries a NUL character (\\u0000); text and jsonb cannot hold it")
        if _SURROGATE.search(v):
            raise InvalidRecord("record is not valid UTF-8: a lone surrogate (a lone surrogate escape)")
        return v
    if v is None or v is True or v is False:
        return v
    if t is int:
        if v < INT_MIN or v > INT_MAX:
            raise InvalidRecord("record has a number out of range (too big integer); integers must "
                                "fit in 64 bits")
        return v
    if t is float:
        if v != v or v in (float("inf"), float("-inf")):
            raise InvalidRecord("record is not valid JSON: invalid token near '%r'" % v)
        return v
    if depth >= PARSER_MAX_DEPTH:
        raise InvalidRecord("record is nested more than %d levels deep" % PARSER_MAX_DEPTH)
    if isinstance(v, dict):
        out = {}
        for k, x in v.items():
            if type(k) is not str:
                raise InvalidRecord("record has a key that is not a string: %r" % (k,))
            _check_value(k)
            out[k] = _check_value(x, depth + 1)
        return out
    if isinstance(v, (list, tuple)):
        return [_check_value(x, depth + 1) for x in v]
    if isinstance(v, bool):
        return bool(v)
    if isinstance(v, int):
        return _check_value(int(v), depth)
    if isinstance(v, float):
        return _check_value(float(v), depth)
    raise InvalidRecord("record holds a %s, which JSON cannot hold" % type(v).__name__)


_BIGINT = re.compile(r"[0-9]{19}")


def _turn_object(name, v):
    """metadata / reflection given to save(): a dict, a JSON text (an object or
    "null"), or None. Returns the compact JSON text or None."""
    if v is None:
        return None
    if isinstance(v, (str, bytes, bytearray)):
        x = loads(v, 'field "%s"' % name, top_object=False)
        if x is None:
            return None
        if type(x) is not dict:
            raise InvalidRecord('field "%s" must be an object or null, got %s' % (name, _type_name(x)))
        return dump_value(x)
    if not isinstance(v, dict):
        raise InvalidRecord('field "%s" must be an object or null, got %s' % (name, _type_name(v)))
    return _dump_checked(v)


def _dump_checked(v):
    """The compact JSON of a caller's value, checked as JSON: one pass of the C
    encoder, and the exact walk (_check_value) only when the text looks
    suspicious (a NUL, a lone surrogate, a 19-digit number, a type JSON has not)."""
    try:
        s = _dumps(v)
        if not s.isascii():         # (isascii is a flag: no scan)
            s.encode("utf-8")       # a lone surrogate raises
        if "\\u0000" not in s and not _BIGINT.search(s):
            return dump_value(v) if "e+16" in s else s
    except (TypeError, ValueError, RecursionError):
        pass
    return _maybe_deep(lambda: dump_fast(_check_value(v)))


def _turn_string(name, v, lo, hi):
    # the common case first: an ASCII str of an allowed length without NUL
    if type(v) is str and v.isascii() and lo <= len(v) and (not hi or len(v) <= hi) and "\x00" not in v:
        return v
    if v is None:
        raise InvalidRecord('field "%s" is required' % name)
    if type(v) is not str:
        if isinstance(v, str):
            v = str(v)
        else:
            raise InvalidRecord('field "%s" must be a string, got %s' % (name, _type_name(v)))
    if "\x00" in v:
        raise InvalidRecord('field "%s" carries a NUL character (\\u0000); text and jsonb cannot '
                            'hold it' % name)
    if v.isascii():
        n = len(v)
    else:
        try:
            n = len(v.encode("utf-8"))
        except UnicodeEncodeError:      # a lone surrogate
            raise InvalidRecord('field "%s" is not valid UTF-8' % name) from None
    if n < lo or (hi and n > hi):
        raise InvalidRecord('field "%s" must be %d to %d bytes, got %d' % (name, lo, hi, n))
    return v


def from_turn(conversation_id, user_id, user_message, assistant_message, cid=None,
              token_count=None, created_at=None, metadata=None, reflection=None,
              max_bytes=DEFAULT_MAX_RECORD_BYTES):
    """mfp_record_from_turn: a record from a caller's fields, the same rules."""
    r = Record()
    if cid is not None:
        r.cid = _turn_string("cid", cid, 1, CID_MAX)
    r.conversation_id = _turn_string("conversation_id", conversation_id, 1, ID_MAX)
    r.user_id = _turn_string("user_id", user_id, 1, ID_MAX)
    r.user_message = _turn_string("user_message", user_message, 0, 0)
    r.assistant_message = _turn_string("assistant_message", assistant_message, 0, 0)
    if token_count is not None:
        if type(token_count) is not int or token_count < 0 or token_count > TOKEN_MAX:
            raise _token_error(token_count if isinstance(token_count, int) and
                               not isinstance(token_count, bool) else describe(token_count))
        r.token_count = token_count
    if created_at is not None:
        if hasattr(created_at, "isoformat"):
            if getattr(created_at, "tzinfo", None) is None:
                raise InvalidRecord('field "created_at" must be an RFC 3339 timestamp with an offset '
                                    'such as 2025-10-27T08:15:00.123Z, got a datetime without tzinfo')
            created_at = created_at.isoformat()
        if type(created_at) is not str:
            raise InvalidRecord('field "created_at" must be an RFC 3339 string with an offset such as '
                                '2025-10-27T08:15:00.123Z, got %s' % _type_name(created_at))
        r.created_at = _created_at(created_at)
    r.reflection_json = _turn_object("reflection", reflection)
    r.metadata_json = _turn_object("metadata", metadata)
    if r.metadata_json is None:
        r.metadata_json = "{}"
    bound = 300 + 6 * (len(r.conversation_id) + len(r.user_id) + len(r.user_message) +
                       len(r.assistant_message) + len(r.cid or "")) + \
        4 * (len(r.metadata_json) + len(r.reflection_json or ""))
    if max_bytes and bound > max_bytes:
        n = len(r.to_json().encode("utf-8"))
        n += (0 if r.cid is not None else 45) + (0 if r.created_at is not None else 40) + \
            (0 if r.token_count is not None else 25)
        if n > max_bytes:
            raise _size_error(n, max_bytes)
    return r


def from_mapping(d, max_bytes=DEFAULT_MAX_RECORD_BYTES, allow_missing_cid=True):
    """A record given as a Python mapping with the section 1 field names."""
    if not isinstance(d, dict):
        raise InvalidRecord("record must be a JSON object, got %s" % _type_name(d))
    return _maybe_deep(lambda: from_object(d, allow_missing_cid, _dump_checked))


def check_completed_size(text_len, max_bytes):
    """mfp_save_check_size: the completed record must stay within the limit."""
    if max_bytes and text_len > max_bytes:
        raise InvalidRecord("record is %d bytes once completed with cid, created_at and token_count, "
                            "more than the maximum of %d (MEMFLUSH_MAX_RECORD_BYTES)"
                            % (text_len, max_bytes))


# -------------------------------------------------------------- cid, time

_HEX = "0123456789abcdef"


def new_cid():
    """A UUIDv7 (RFC 9562) as cid.c makes it: 48-bit Unix milliseconds, 12 bits
    of the millisecond's fraction, variant 10, 62 random bits."""
    return _cid_at(time.time_ns())


def _cid_at(ns):
    ms = (ns // 1000000) & 0xFFFFFFFFFFFF
    sub = ((ns % 1000000) * 4096) // 1000000
    rnd = (int.from_bytes(os.urandom(8), "big") & 0x3FFFFFFFFFFFFFFF) | 0x8000000000000000
    return "%08x-%04x-%04x-%04x-%012x" % (ms >> 16, ms & 0xFFFF, 0x7000 | sub, rnd >> 48,
                                          rnd & 0xFFFFFFFFFFFF)


def now_rfc3339():
    """Now, UTC, milliseconds: 2025-10-27T08:15:00.123Z (mfp_rfc3339_now)."""
    return _rfc3339_at(time.time_ns())


_second = (None, "")     # the last second written and its text up to the '.' (replaced whole: threads)


def _rfc3339_at(ns):
    global _second
    s = ns // 1000000000
    last = _second
    if last[0] != s:
        t = time.gmtime(s)
        last = _second = (s, "%04d-%02d-%02dT%02d:%02d:%02d." % (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour,
                                                                 t.tm_min, t.tm_sec))
    return "%s%03dZ" % (last[1], (ns // 1000000) % 1000)


# --------------------------------------------------------------- RFC 3339

_HINT = "expected YYYY-MM-DDTHH:MM:SS[.fraction] then Z or +hh:mm"


def _leap(y):
    return (y % 4 == 0 and y % 100 != 0) or y % 400 == 0


def _dim(y, m):
    return 29 if m == 2 and _leap(y) else (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m - 3 if m > 2 else m + 9) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (m <= 2), m, d


def _digits(s, i, n):
    if i + n > len(s):
        return -1
    v = 0
    for c in s[i:i + n]:
        if c < "0" or c > "9":
            return -1
        v = v * 10 + ord(c) - 48
    return v


def parse_rfc3339(s):
    """rfc3339.c mfp_rfc3339_parse: (year, month, day, hour, minute, second,
    usec, frac_digits, offset_min, zulu). Raises ValueError with its message."""
    n = len(s)
    year, month, day = _digits(s, 0, 4), _digits(s, 5, 2), _digits(s, 8, 2)
    if year < 0 or n < 5 or s[4] != "-" or month < 0 or n < 8 or s[7] != "-" or day < 0:
        raise ValueError("bad date; " + _HINT)
    i = 10
    if i >= n or s[i] not in "Tt ":
        raise ValueError("date and time must be separated by T or a space; " + _HINT)
    i += 1
    hour = _digits(s, i, 2)
    minute = _digits(s, i + 3, 2)
    second = _digits(s, i + 6, 2)
    if hour < 0 or i + 2 >= n or s[i + 2] != ":" or minute < 0 or i + 5 >= n or s[i + 5] != ":" \
            or second < 0:
        raise ValueError("bad time of day; " + _HINT)
    i += 8
    usec = ndig = 0
    round_up = False
    if i < n and s[i] == ".":
        i += 1
        while i < n and "0" <= s[i] <= "9":
            if ndig < 6:
                usec = usec * 10 + ord(s[i]) - 48
            elif ndig == 6:
                round_up = s[i] >= "5"
            ndig += 1
            i += 1
        if ndig == 0:
            raise ValueError("a '.' must be followed by fraction digits; " + _HINT)
    if i >= n:
        raise ValueError("the UTC offset is missing; add Z or +hh:mm")
    zulu = False
    offset = 0
    if s[i] in "Zz":
        zulu = True
        i += 1
    elif s[i] in "+-":
        sign = -1 if s[i] == "-" else 1
        i += 1
        oh = _digits(s, i, 2)
        om = _digits(s, i + 3, 2)
        if oh < 0 or i + 2 >= n or s[i + 2] != ":" or om < 0:
            raise ValueError("bad UTC offset; expected Z, +hh:mm or -hh:mm")
        i += 5
        if oh > 23 or om > 59:
            raise ValueError("UTC offset %s%02d:%02d is out of range" % ("-" if sign < 0 else "+", oh, om))
        offset = sign * (oh * 60 + om)
    else:
        raise ValueError("the UTC offset is missing or malformed; expected Z, +hh:mm or -hh:mm")
    if i != n:
        raise ValueError("unexpected text after the UTC offset")
    if year < 1:
        raise ValueError("year 0000 is out of range (0001 to 9999)")
    if month < 1 or month > 12:
        raise ValueError("month %02d is out of range" % month)
    if day < 1 or day > _dim(year, month):
        raise ValueError("day %02d is out of range for %04d-%02d" % (day, year, month))
    if hour > 23:
        raise ValueError("hour %02d is out of range (00 to 23)" % hour)
    if minute > 59:
        raise ValueError("minute %02d is out of range (00 to 59)" % minute)
    if second > 60:
        raise ValueError("second %02d is out of range (00 to 60)" % second)
    usec *= 10 ** (6 - min(ndig, 6))
    frac = min(ndig, 6)
    if round_up:
        usec += 1
        if usec == 1000000:
            days = _days_from_civil(year, month, day)
            sod = hour * 3600 + minute * 60 + second + 1
            days += sod // 86400
            sod %= 86400
            y, m, d = _civil_from_days(days)
            if y > 9999:
                usec = 999999
            else:
                usec = 0
                year, month, day = y, m, d
                hour, minute, second = sod // 3600, sod // 60 % 60, sod % 60
    return (year, month, day, hour, minute, second, usec, frac, offset, zulu)


_TS_OK = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:"
                   r"[0-5][0-9](\.[0-9]{1,6})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])")


def _normal(s):
    """The match of s when it is already in the normal form (a valid date, at
    most 6 fraction digits, upper-case T and Z): nothing to round or change."""
    m = _TS_OK.fullmatch(s)
    if m and (int(m.group(2)) <= 28 or int(m.group(2)) <= _dim(int(s[:4]), int(m.group(1)))) \
            and s[:4] != "0000":
        return m
    return None


def normalize_rfc3339(s):
    """The normalised text record.c stores (upper-case T and Z, the offset
    kept, at most 6 fraction digits)."""
    if _normal(s):
        return s
    year, month, day, hour, minute, second, usec, frac, offset, zulu = parse_rfc3339(s)
    out = "%04d-%02d-%02dT%02d:%02d:%02d" % (year, month, day, hour, minute, second)
    if frac:
        out += "." + ("%06d" % usec)[:frac]
    if zulu:
        out += "Z"
    else:
        a = -offset if offset < 0 else offset
        out += "%s%02d:%02d" % ("-" if offset < 0 else "+", a // 60, a % 60)
    return out


def _us_of(s, m):
    """unix_us of a text in the normal form (m: its _TS_OK match)."""
    frac = m.group(4)
    off = 0 if m.group(5) == "Z" else (int(s[-6:-3]) * 60 + (int(s[-2:]) if s[-6] == "+" else -int(s[-2:])))
    secs = _days_from_civil(int(s[:4]), int(m.group(1)), int(m.group(2))) * 86400 + \
        int(s[11:13]) * 3600 + int(s[14:16]) * 60 + int(s[17:19]) - off * 60
    return secs * 1000000 + (int(frac[1:].ljust(6, "0")) if frac else 0)


def unix_us(s):
    """Microseconds since the epoch of an RFC 3339 text (mfp_ts_unix)."""
    m = _TS_OK.fullmatch(s)
    if m and int(m.group(2)) <= 28:     # the normal form memflush writes: no rounding, no checks left
        return _us_of(s, m)
    year, month, day, hour, minute, second, usec, _, offset, _ = parse_rfc3339(s)
    secs = _days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offset * 60
    return secs * 1000000 + usec


# ---------------------------------------------------------- token estimate

_SPECIAL = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff"
    "\U0001f000-\U0001faff\u2600-\u27bf]")


_SPECIAL_RUNS = re.compile(_SPECIAL.pattern + "+")
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf]")


def estimate_tokens(s):
    """tokens.c mfp_estimate_tokens: runs cut at CJK and emoji code points; a
    run counts ceil(units / 4), an ASCII byte 1 unit and any other code point
    2; each CJK code point 1 token, each emoji 2. Counted by runs (the text
    between runs of CJK and emoji), not code point by code point."""
    if s.isascii():
        return (len(s) + 3) // 4
    tokens = plain = 0
    for run in _SPECIAL_RUNS.split(s):
        if run:
            n = len(run)
            plain += n
            # ASCII 1 unit, any other code point 2
            units = n if run.isascii() else 2 * n - len(run.encode("ascii", "ignore"))
            tokens += (units + 3) // 4
    # each CJK code point 1 token, each emoji 1 more
    return tokens + len(s) - plain + len(_EMOJI.findall(s))
