#pragma once

#include <QByteArray>
#include <QString>
#include <optional>
#include <random>

namespace primary {

// Damage injected into sync requests on an administrator's request, so that
// clients can be tested against a bad line: each request draws one fault.
class FaultInjector
{
public:
    struct Settings
    {
        double drop = 0; // the request is handled, the connection closed unanswered
        double stall = 0; // the request is not handled and never answered
        double error500 = 0; // the request is not handled; 500
        double truncate = 0; // the request is handled, half the reply is sent
        double garbage = 0; // the request is handled, the reply is not JSON
        int delayMs = 0; // every reply waits this long
        quint64 seed = 0;
        QString path; // only requests whose path contains this (empty: all)
    };
    enum class Fault { None, Drop, Stall, Error500, Truncate, Garbage };

    // Parses {"drop":p,...}; nullopt with `error` set when a value is invalid.
    static std::optional<Settings> parse(const QByteArray &json, QString *error);
    static QByteArray toJson(const Settings &settings);
    static QString name(Fault fault);

    void configure(const Settings &settings);
    const Settings &settings() const { return m_settings; }
    Fault draw(const QString &requestPath);

private:
    Settings m_settings;
    std::mt19937_64 m_random;
};

} // namespace primary
