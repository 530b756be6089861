// Regular expressions for project checks, through ICU's C API with a time limit: a pattern
// from tarjuman.yaml that backtracks without end ((a|a)+$) must stop the run with an error,
// not hang it (NSRegularExpression, on the same engine, has no limit).
#include "cicu.h"

#include <unicode/uregex.h>

_Static_assert(CICU_REGEX_STACK_OVERFLOW == U_REGEX_STACK_OVERFLOW, "status mirror");
_Static_assert(CICU_REGEX_TIME_OUT == U_REGEX_TIME_OUT, "status mirror");

cicu_regex *cicu_regex_open(const uint16_t *pattern, int32_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UParseError where;
    URegularExpression *regex = uregex_open((const UChar *)pattern, length, 0, &where, &error);
    *status = error;
    if (U_FAILURE(error)) {
        uregex_close(regex);
        return NULL;
    }
    return (cicu_regex *)regex;
}

void cicu_regex_close(cicu_regex *regex) {
    if (regex) uregex_close((URegularExpression *)regex);
}

int32_t cicu_regex_find(const cicu_regex *regex, const uint16_t *text, int32_t length,
                        int32_t time_limit, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    URegularExpression *matcher = uregex_clone((const URegularExpression *)regex, &error);
    UBool found = 0;
    if (U_SUCCESS(error)) uregex_setTimeLimit(matcher, time_limit, &error);
    if (U_SUCCESS(error)) uregex_setText(matcher, (const UChar *)text, length, &error);
    if (U_SUCCESS(error)) found = uregex_find(matcher, 0, &error);
    uregex_close(matcher);
    *status = error;
    return U_SUCCESS(error) && found ? 1 : 0;
}
