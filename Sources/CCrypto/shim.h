#ifndef PLANCITE_CCRYPTO_SHIM_H
#define PLANCITE_CCRYPTO_SHIM_H
// OpenSSL's one-shot SHA-256 context (a plain struct, so a hasher can be copied by value). OpenSSL 3
// marks these functions deprecated in favour of EVP; they remain supported and use the same
// hardware-accelerated code.
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include <openssl/sha.h>
#endif
