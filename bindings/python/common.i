/* common.i: status names, versions and dates (common.h, version.h, date.h). */

/* pk_date_format(d, buf, size), pk_date_format_long, pk_format_number,
 * pk_format_rupiah: return the text (the buffer holds the longest of them). */
%typemap(in, numinputs=0) (char *buf, size_t size) (char tmp[64]) {
    tmp[0] = 0;
    $1 = tmp;
    $2 = sizeof tmp;
}
%typemap(argout) (char *buf, size_t size) {
    $result = SWIG_Python_AppendOutput($result, PyUnicode_FromString($1));
}

%ignore PK_EXTERN;
#define PK_EXTERN

%ignore pk_lang_parse; /* pilkada.lang() parses in Python */
%include "pilkada/common.h"
%include "pilkada/version.h"
/* The date scanner serves the text engine; Python reaches dates in text
 * through it, and takes date strings through the pk_date typemaps. */
%ignore pk_date_scan;
%ignore pk_date_match;
%ignore pk_date_parse_loose_n;
%include "pilkada/date.h"
