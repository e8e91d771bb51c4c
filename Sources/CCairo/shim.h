#ifndef PLANCITE_CCAIRO_SHIM_H
#define PLANCITE_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#endif
