#ifndef TEXTILEPASSPORT_CCRYPTO_SHIM_H
#define TEXTILEPASSPORT_CCRYPTO_SHIM_H
// OpenSSL 3's libcrypto: keys (EVP_PKEY), signatures, digests, PEM and DER, errors.
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/err.h>
#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/param_build.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#endif
