/* Normalisation and character properties through the ICU C API. */
#include "cicu.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uset.h>
#include <unicode/uversion.h>

_Static_assert(CICU_ZERO_ERROR == U_ZERO_ERROR, "status mirror");
_Static_assert(CICU_ILLEGAL_ARGUMENT_ERROR == U_ILLEGAL_ARGUMENT_ERROR, "status mirror");
_Static_assert(CICU_BUFFER_OVERFLOW_ERROR == U_BUFFER_OVERFLOW_ERROR, "status mirror");
_Static_assert(CICU_MEMORY_ALLOCATION_ERROR == U_MEMORY_ALLOCATION_ERROR, "status mirror");
_Static_assert(CICU_INPUT_TOO_LONG_ERROR == U_INPUT_TOO_LONG_ERROR, "status mirror");
_Static_assert(CICU_SCRIPT_COMMON == USCRIPT_COMMON, "script mirror");
_Static_assert(CICU_SCRIPT_INHERITED == USCRIPT_INHERITED, "script mirror");
_Static_assert(CICU_SCRIPT_ARABIC == USCRIPT_ARABIC, "script mirror");
_Static_assert(CICU_SCRIPT_LATIN == USCRIPT_LATIN, "script mirror");
_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UTF-16 unit size");

static const UNormalizer2 *instance(int32_t form, UErrorCode *status) {
    switch (form) {
    case CICU_FORM_NFC:
        return unorm2_getNFCInstance(status);
    case CICU_FORM_NFKC:
        return unorm2_getNFKCInstance(status);
    default:
        *status = U_ILLEGAL_ARGUMENT_ERROR;
        return NULL;
    }
}

int32_t cicu_normalized_prefix(int32_t form, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = instance(form, &error);
    int32_t span = U_SUCCESS(error) ? unorm2_spanQuickCheckYes(normalizer, (const UChar *)text, length, &error) : 0;
    *status = (int32_t)error;
    return span;
}

bool cicu_has_boundary_before(int32_t form, int32_t c) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = instance(form, &error);
    return U_SUCCESS(error) ? (bool)unorm2_hasBoundaryBefore(normalizer, (UChar32)c) : true;
}

int32_t cicu_normalize(int32_t form, const uint16_t *text, int32_t length, uint16_t *dest,
                       int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = instance(form, &error);
    int32_t written = 0;
    if (U_SUCCESS(error)) {
        written = unorm2_normalize(normalizer, (const UChar *)text, length, (UChar *)dest, capacity, &error);
    }
    *status = (int32_t)error;
    return written;
}

int32_t cicu_script(int32_t c) {
    UErrorCode error = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)c, &error);
    return U_SUCCESS(error) ? (int32_t)script : -1;
}

int32_t cicu_letter_script(int32_t c) {
    if (!u_hasBinaryProperty((UChar32)c, UCHAR_ALPHABETIC)) {
        return -1;
    }
    UErrorCode error = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)c, &error);
    if (U_FAILURE(error) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED) {
        return -1;
    }
    return (int32_t)script;
}

void cicu_version(char *buffer, int32_t capacity) {
    UVersionInfo version;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(version);
    u_versionToString(version, text);
    if (capacity > 0) {
        strncpy(buffer, text, (size_t)capacity - 1);
        buffer[capacity - 1] = 0;
    }
}

void cicu_script_short_name(int32_t script, char *buffer, int32_t capacity) {
    const char *name = uscript_getShortName((UScriptCode)script);
    if (capacity > 0) {
        strncpy(buffer, name ? name : "Zzzz", (size_t)capacity - 1);
        buffer[capacity - 1] = 0;
    }
}

int32_t cicu_script_with_code(const char *code) {
    int32_t script = u_getPropertyValueEnum(UCHAR_SCRIPT, code);
    if (script == UCHAR_INVALID_CODE) return -1;
    /* Only the four-letter code itself, not a long name ICU also knows ("Arabic"). */
    const char *shortName = uscript_getShortName((UScriptCode)script);
    return shortName && strcmp(shortName, code) == 0 ? script : -1;
}

bool cicu_script_is_right_to_left(int32_t script) {
    return uscript_isRightToLeft((UScriptCode)script) != 0;
}

void cicu_script_name(int32_t script, char *buffer, int32_t capacity) {
    const char *name = uscript_getName((UScriptCode)script);
    if (capacity > 0) {
        strncpy(buffer, name ? name : "Unknown", (size_t)capacity - 1);
        buffer[capacity - 1] = 0;
    }
}

bool cicu_quick_check_yes(int32_t form, int32_t c) {
    UProperty property = form == CICU_FORM_NFKC ? UCHAR_NFKC_QUICK_CHECK : UCHAR_NFC_QUICK_CHECK;
    return u_getIntPropertyValue((UChar32)c, property) == UNORM_YES;
}

void cicu_bmp_table(int32_t which, uint8_t *table, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    memset(table, 0, 0x10000);
    USet *set = uset_openEmpty();
    if (set == NULL) {
        *status = U_MEMORY_ALLOCATION_ERROR;
        return;
    }
    switch (which) {
    case CICU_TABLE_NFC_NOT_YES: {
        uset_applyIntPropertyValue(set, UCHAR_NFC_QUICK_CHECK, UNORM_NO, &error);
        USet *maybe = uset_openEmpty();
        if (maybe == NULL) {
            error = U_MEMORY_ALLOCATION_ERROR;
            break;
        }
        uset_applyIntPropertyValue(maybe, UCHAR_NFC_QUICK_CHECK, UNORM_MAYBE, &error);
        uset_addAll(set, maybe);
        uset_close(maybe);
        break;
    }
    case CICU_TABLE_COMBINING:
        uset_applyIntPropertyValue(set, UCHAR_CANONICAL_COMBINING_CLASS, 0, &error);
        uset_complement(set);
        break;
    case CICU_TABLE_CASE_FOLDS:
        uset_applyIntPropertyValue(set, UCHAR_CHANGES_WHEN_CASEFOLDED, 1, &error);
        break;
    case CICU_TABLE_DECIMAL_DIGITS:
        uset_applyIntPropertyValue(set, UCHAR_GENERAL_CATEGORY_MASK, U_GC_ND_MASK, &error);
        uset_removeRange(set, 0x30, 0x39);
        break;
    default:
        error = U_ILLEGAL_ARGUMENT_ERROR;
    }
    if (U_SUCCESS(error)) {
        int32_t ranges = uset_getRangeCount(set);
        for (int32_t i = 0; i < ranges; i++) {
            UChar32 start = 0, end = 0;
            uset_getItem(set, i, &start, &end, NULL, 0, &error);
            if (U_FAILURE(error) || start > 0xFFFF) break;
            if (end > 0xFFFF) end = 0xFFFF;
            memset(table + start, 1, (size_t)(end - start + 1));
        }
    }
    uset_close(set);
    *status = error;
}
