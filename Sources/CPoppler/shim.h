#ifndef PLANCITE_CPOPPLER_SHIM_H
#define PLANCITE_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib.h>
#endif
