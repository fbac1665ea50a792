#ifndef TEXTILEPASSPORT_CCAIRO_SHIM_H
#define TEXTILEPASSPORT_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#endif
