#ifndef GYMPLAN_CCBC_SHIM_H
#define GYMPLAN_CCBC_SHIM_H

// COIN-OR CBC's C interface (Debian coinor-libcbc-dev); pkg-config "cbc" adds -I/usr/include/coin.
#include <coin/Cbc_C_Interface.h>

#endif
