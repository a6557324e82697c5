#pragma once

#include "http/HttpResponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace primary {

// The primary's replies. Errors come in both of mSupply's forms: a plain
// {"error": "text"}, and {"error": {"code", "message", "data"}} for a record
// that was refused, so that clients meet both.
namespace ApiReply {

inline http::HttpResponse ok(QByteArray json = QByteArrayLiteral("{}"))
{
    return http::HttpResponse::json(200, std::move(json));
}

inline http::HttpResponse error(int status, const QString &message)
{
    return http::HttpResponse::json(status,
                                    QJsonDocument(QJsonObject{{QStringLiteral("error"), message}})
                                        .toJson(QJsonDocument::Compact));
}

inline http::HttpResponse detailedError(int status, const QString &code, const QString &message,
                                        const QJsonObject &data)
{
    const QJsonObject detail{{QStringLiteral("code"), code},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("data"), data}};
    return http::HttpResponse::json(status,
                                    QJsonDocument(QJsonObject{{QStringLiteral("error"), detail}})
                                        .toJson(QJsonDocument::Compact));
}

} // namespace ApiReply
} // namespace primary
