#ifndef TEXTILEPASSPORT_CLIBXML2_SHIM_H
#define TEXTILEPASSPORT_CLIBXML2_SHIM_H

// Debian's libxml2 headers pull in the system ICU, which clashes with Foundation's own copy
// ("'UErrorCode' has different definitions"); nothing here needs ICU.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

/// Frees memory that libxml2 allocated; `xmlFree` itself is a mutable global Swift 6 refuses.
static inline void clibxml2_free(void *pointer) { xmlFree(pointer); }

#endif
