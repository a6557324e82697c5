#pragma once

#include <QString>

// A throwaway self-signed certificate and key (PEM) made with openssl, for
// primary-sim's --tls-cert/--tls-key in tests.
struct SelfSignedCertificate
{
    QString certificatePath;
    QString keyPath;

    // Writes both into `directory`; false when openssl failed.
    bool create(const QString &directory);
};
