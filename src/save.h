/* save.h - private pieces shared by save.c (one turn, src/lua/save.lua) and
 * saver.c (bulk, src/lua/save_many.lua): parsing and completing a record. */
#ifndef MF_SAVE_H
#define MF_SAVE_H

#include "internal.h"
#include "record.h"

/* The arguments of one run of save.lua, all owned. */
typedef struct mfp_save_args {
    char *ctx_key;      /* {P}:ctx:<conversation_id> */
    char index_key[320]; /* {P}:uidx:<bucket>, the index forget finds the ctx keys by */
    long long bucket;   /* the day of index_key */
    char *member;       /* "<user_id>\0<ctx_key>", its entry in the index */
    size_t member_len;
    char *json;         /* the canonical record (cid, created_at, token_count set) */
    size_t json_len;
    char cmax[24];      /* context_max as text */
    char ttl[24];       /* ttl_seconds as text */
} mfp_save_args;

/* Complete rec (cid, created_at, token estimate) and build the script's
 * arguments. Returns 0 or -1 (MF_ENOMEM, MF_EIO, MF_EINVALID when the
 * completed record exceeds max-record-bytes). args is always
 * initialised: free it with mfp_save_args_clear. */
int mfp_save_args_build(mf_handle *h, mfp_record *rec, mfp_save_args *args, mf_error *err);
void mfp_save_args_clear(mfp_save_args *args);

/* Parse a record given to push or mf_save_json: mfp_record_parse, except
 * that a missing cid is allowed (a new UUIDv7 is put in). out is always
 * initialised; free it with mfp_record_clear. */
int mfp_save_parse(const mf_handle *h, const char *buf, size_t len, mfp_record *out, mf_error *err);

/* The user index (docs/forget.md): {P}:uidx:<day>, day = Unix time / 86400,
 * a sorted set of "<user id>\0<ctx key>" at score 0 that lives ttl + 2 days
 * after its last write.
 * mfp_index_key writes the key of bucket b (0: the current one) into out. */
long long mfp_index_bucket(const mf_handle *h);
void mfp_index_key(const mf_handle *h, long long bucket, char *out, size_t n);

/* The record size limit of the handle (max-record-bytes). */
size_t mfp_save_max_bytes(const mf_handle *h);

/* MF_EINVALID when a completed record of json_len bytes is over the limit. */
int mfp_save_check_size(const mf_handle *h, size_t json_len, mf_error *err);

#endif
