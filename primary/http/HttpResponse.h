#pragma once

#include <QByteArray>
#include <QList>
#include <utility>

namespace primary::http {

// What the server sends back, and how: fault injection asks for a response to
// be dropped, stalled or cut short on the wire.
struct HttpResponse
{
    enum class Delivery {
        Complete, // the whole response
        Drop, // close the connection without answering
        Stall, // never answer; the client's timeout has to notice
        Truncate, // announce the full length, send half the body, close
    };

    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;
    Delivery delivery = Delivery::Complete;
    int delayMs = 0;

    static HttpResponse json(int status, QByteArray body)
    {
        HttpResponse response;
        response.status = status;
        response.body = std::move(body);
        return response;
    }
};

} // namespace primary::http
