/*
 * cicu.h — the opaque bridge between Tarjuman and the system ICU (libicu-dev).
 *
 * This header shows Swift nothing of ICU: only fixed-width integers, opaque handles and
 * `cicu_*` functions. The ICU headers are included by the .c/.cpp files alone, because
 * Swift's Foundation carries its own private ICU whose types clash with the system's.
 * Text is UTF-16 (`uint16_t`), lengths and offsets are UTF-16 code units, statuses are ICU
 * `UErrorCode` values (0 is success, > 0 failure, < 0 a warning).
 */
#ifndef CICU_H
#define CICU_H

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes mirrored from UErrorCode (pinned with _Static_assert in the .c file). */
#define CICU_ZERO_ERROR 0
#define CICU_ILLEGAL_ARGUMENT_ERROR 1
#define CICU_BUFFER_OVERFLOW_ERROR 15
#define CICU_MEMORY_ALLOCATION_ERROR 7
#define CICU_INPUT_TOO_LONG_ERROR 31
#define CICU_REGEX_STACK_OVERFLOW 66321
#define CICU_REGEX_TIME_OUT 66322

/* Script codes mirrored from UScriptCode. */
#define CICU_SCRIPT_COMMON 0
#define CICU_SCRIPT_INHERITED 1
#define CICU_SCRIPT_ARABIC 2
#define CICU_SCRIPT_LATIN 25

/* ------------------------------------------------------------------ regular expressions */

/** A compiled ICU regular expression (the engine and syntax NSRegularExpression uses). */
typedef struct cicu_regex cicu_regex;

/** Compiles `pattern` (`length` UTF-16 units, no flags). Returns NULL and sets `*status`
 * (a U_REGEX_* code) when it is not a valid expression. */
cicu_regex *cicu_regex_open(const uint16_t *pattern, int32_t length, int32_t *status);

/** Closes a regex from cicu_regex_open; NULL is allowed. */
void cicu_regex_close(cicu_regex *regex);

/**
 * Whether `regex` matches anywhere in `text`: 1 or 0. Each call works on its own clone, so
 * one compiled regex serves several threads. Matching stops after `time_limit` steps of
 * ICU's engine (about a millisecond each) with `*status` CICU_REGEX_TIME_OUT, or with
 * CICU_REGEX_STACK_OVERFLOW when backtracking outgrows ICU's stack limit.
 */
int32_t cicu_regex_find(const cicu_regex *regex, const uint16_t *text, int32_t length,
                        int32_t time_limit, int32_t *status);

/* ------------------------------------------------------------------ sentence breaks */

/** An ICU sentence break iterator, possibly wrapped with abbreviation suppressions. */
typedef struct cicu_sentence_iterator cicu_sentence_iterator;

/**
 * Opens a sentence iterator for `locale` (an ICU locale id such as "en" or "ur").
 * `suppressions` lists `count` UTF-16 strings (each `lengths[i]` units) after which ICU
 * must not break (ICU's FilteredBreakIteratorBuilder, e.g. "Mr."). Returns NULL and sets
 * `*status` on failure.
 */
cicu_sentence_iterator *cicu_sentence_open(const char *locale, const uint16_t *const *suppressions,
                                           const int32_t *lengths, int32_t count, int32_t *status);

/** Closes an iterator from cicu_sentence_open; NULL is allowed. */
void cicu_sentence_close(cicu_sentence_iterator *iterator);

/**
 * Writes the sentence boundaries of `text` (excluding 0, including `length`) into
 * `breaks`, at most `capacity` of them, and returns how many there are. When the return
 * value exceeds `capacity`, call again with a larger buffer. The iterator keeps no
 * reference to `text` after the call.
 */
int32_t cicu_sentence_breaks(cicu_sentence_iterator *iterator, const uint16_t *text, int32_t length,
                             int32_t *breaks, int32_t capacity, int32_t *status);

/**
 * Baseline for benchmarks: converts UTF-8 `text` to UTF-16 with ICU and counts the
 * sentence boundaries of plain ICU (no suppressions, no Tarjuman rules). Returns -1 and sets
 * `*status` on failure.
 */
int64_t cicu_sentence_count_utf8(const char *locale, const char *text, int64_t length, int32_t *status);

/* ------------------------------------------------------------------ normalisation */

/** The normal forms the bridge offers. */
#define CICU_FORM_NFC 0
#define CICU_FORM_NFKC 1

/**
 * Returns the length of the prefix of `text` that is already in `form` (quick check
 * "yes"); equal to `length` when the whole text is normalised.
 */
int32_t cicu_normalized_prefix(int32_t form, const uint16_t *text, int32_t length, int32_t *status);

/** Whether UTF-8 `text` is already in `form` (fast check, no output). */
bool cicu_is_normalized_utf8(int32_t form, const char *text, int32_t length, int32_t *status);

/** Whether code point `c` has quick-check value "yes" in `form` (it can never make a text
 *  fail that form's quick check). */
bool cicu_quick_check_yes(int32_t form, int32_t c);

/** Whether a normalisation boundary comes before code point `c` in `form`. */
bool cicu_has_boundary_before(int32_t form, int32_t c);

/**
 * Normalises `text` into `dest` (capacity `capacity`) and returns the full length; if it
 * exceeds `capacity`, `*status` is CICU_BUFFER_OVERFLOW_ERROR and nothing useful is written.
 */
int32_t cicu_normalize(int32_t form, const uint16_t *text, int32_t length, uint16_t *dest,
                       int32_t capacity, int32_t *status);

/* ------------------------------------------------------------------ properties */

/* Per-BMP-code-point tables (cicu_bmp_table). */
#define CICU_TABLE_NFC_NOT_YES 0   /* NFC quick check "no" or "maybe" */
#define CICU_TABLE_COMBINING 1     /* canonical combining class other than 0 */
#define CICU_TABLE_CASE_FOLDS 2    /* Changes_When_Casefolded */
#define CICU_TABLE_DECIMAL_DIGITS 3 /* general category Nd, other than the ASCII digits */

/**
 * Sets `table[c]` to 1 for every BMP code point `c` (0...0xFFFF) that has property `which`
 * (a CICU_TABLE_* value) and to 0 for the others; `table` holds 0x10000 bytes. Built from
 * ICU's property sets range by range, not code point by code point.
 */
void cicu_bmp_table(int32_t which, uint8_t *table, int32_t *status);

/** The ICU script code (UScriptCode) of code point `c`; negative on error. */
int32_t cicu_script(int32_t c);

/** The ICU script code of code point `c` when it is a letter of a script (Alphabetic, its
 * script neither Common nor Inherited); -1 for any other code point. */
int32_t cicu_letter_script(int32_t c);

/** Writes the ICU version ("72.1") into `buffer` (NUL-terminated, at most `capacity`). */
void cicu_version(char *buffer, int32_t capacity);

/** Whether `locale` is a well-formed ICU locale id with a language ("ur", "bal_PK",
 * "fa-IR"); ICU would silently run a malformed one ("@@@###") on its root rules. */
bool cicu_locale_is_well_formed(const char *locale);

/** Writes the script a language tag is written in ("Arab" for "ur" and "bal", "Latn" for
 * "bal-Latn", "Deva" for "sd-IN"), as CLDR's likely subtags give it, into `buffer`; empty
 * when ICU does not know the language. */
void cicu_likely_script(const char *tag, char *buffer, int32_t capacity);

/** Writes the short script name ("Arab", "Latn") of `script` into `buffer`. */
void cicu_script_short_name(int32_t script, char *buffer, int32_t capacity);

/** The ICU script code whose ISO 15924 code is `code` ("Arab"), or -1 when Unicode encodes
 * no script of that code ("Arbc"). */
int32_t cicu_script_with_code(const char *code);

/** Whether `script` is written right to left (Arabic, Hebrew, Thaana…). */
bool cicu_script_is_right_to_left(int32_t script);

/** Writes the English script name ("Arabic", "Latin") of `script` into `buffer`. */
void cicu_script_name(int32_t script, char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
