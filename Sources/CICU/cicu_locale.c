// Locale id checks: ICU accepts any string as a locale and silently falls back to its root
// rules, so a mistyped icu_locale must be caught before that happens.
#include "cicu.h"

#include <stdbool.h>
#include <unicode/uloc.h>

/// Letters, digits and the separators of locale ids: "ur", "bal_Latn", "fa-IR", "sd@script=Arab".
static bool has_locale_syntax(const char *locale) {
    int at_signs = 0;
    char previous = '_';
    for (const char *c = locale; *c; c++) {
        bool alphanumeric = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9');
        bool separator = *c == '_' || *c == '-' || *c == '@' || *c == '=' || *c == ';';
        if (!alphanumeric && !separator) return false;
        if (separator && (previous == '_' || previous == '-' || previous == '@' || previous == '=' || previous == ';'))
            return false;  // empty subtag
        if (*c == '@') at_signs++;
        previous = *c;
    }
    return at_signs <= 1 && previous != '_' && previous != '-' && previous != '@' && previous != '=';
}

bool cicu_locale_is_well_formed(const char *locale) {
    if (locale[0] == '\0' || !has_locale_syntax(locale)) return false;
    UErrorCode error = U_ZERO_ERROR;
    char tag[ULOC_FULLNAME_CAPACITY];
    uloc_toLanguageTag(locale, tag, (int32_t)sizeof tag, /* strict */ 1, &error);
    if (U_FAILURE(error)) return false;
    char language[ULOC_LANG_CAPACITY];
    error = U_ZERO_ERROR;
    int32_t length = uloc_getLanguage(locale, language, (int32_t)sizeof language, &error);
    return U_SUCCESS(error) && length >= 2;
}

void cicu_likely_script(const char *tag, char *buffer, int32_t capacity) {
    if (capacity > 0) buffer[0] = '\0';
    UErrorCode error = U_ZERO_ERROR;
    char id[ULOC_FULLNAME_CAPACITY];
    char maximal[ULOC_FULLNAME_CAPACITY];
    uloc_forLanguageTag(tag, id, (int32_t)sizeof id, NULL, &error);
    uloc_addLikelySubtags(id, maximal, (int32_t)sizeof maximal, &error);
    uloc_getScript(maximal, buffer, capacity, &error);
    if (U_FAILURE(error) && capacity > 0) buffer[0] = '\0';
}
