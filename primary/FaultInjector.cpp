#include "FaultInjector.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace primary {

std::optional<FaultInjector::Settings> FaultInjector::parse(const QByteArray &json, QString *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        *error = QStringLiteral("faults must be a JSON object");
        return std::nullopt;
    }
    Settings settings;
    const std::pair<const char16_t *, double *> probabilities[] = {
        {u"drop", &settings.drop},         {u"stall", &settings.stall},
        {u"error500", &settings.error500}, {u"truncate", &settings.truncate},
        {u"garbage", &settings.garbage},
    };
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        bool known = false;
        for (const auto &[name, target] : probabilities) {
            if (key != QStringView(name))
                continue;
            known = true;
            const double p = it.value().toDouble(-1);
            if (!it.value().isDouble() || p < 0 || p > 1) {
                *error = QStringLiteral("%1 must be a probability between 0 and 1").arg(key);
                return std::nullopt;
            }
            *target = p;
        }
        if (key == u"path") {
            known = true;
            if (!it.value().isString()) {
                *error = QStringLiteral("path must be a string");
                return std::nullopt;
            }
            settings.path = it.value().toString();
        }
        if (key == u"delay_ms" || key == u"seed") {
            known = true;
            const double value = it.value().toDouble(-1);
            if (!it.value().isDouble() || value < 0
                || value > (key == u"delay_ms" ? 60000 : 1e15)) {
                *error = QStringLiteral("%1 must be a non-negative number%2")
                             .arg(key,
                                  key == u"delay_ms" ? QStringLiteral(" up to 60000") : QString());
                return std::nullopt;
            }
            if (key == u"delay_ms")
                settings.delayMs = int(value);
            else
                settings.seed = quint64(value);
        }
        if (!known) {
            *error = QStringLiteral("unknown fault \"%1\"").arg(key);
            return std::nullopt;
        }
    }
    if (settings.drop + settings.stall + settings.error500 + settings.truncate + settings.garbage
        > 1.0) {
        *error = QStringLiteral("the fault probabilities add up to more than 1");
        return std::nullopt;
    }
    return settings;
}

QByteArray FaultInjector::toJson(const Settings &settings)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("drop"), settings.drop},
                                     {QStringLiteral("stall"), settings.stall},
                                     {QStringLiteral("error500"), settings.error500},
                                     {QStringLiteral("truncate"), settings.truncate},
                                     {QStringLiteral("garbage"), settings.garbage},
                                     {QStringLiteral("delay_ms"), settings.delayMs},
                                     {QStringLiteral("seed"), double(settings.seed)},
                                     {QStringLiteral("path"), settings.path}})
        .toJson(QJsonDocument::Compact);
}

QString FaultInjector::name(Fault fault)
{
    switch (fault) {
    case Fault::None: return QStringLiteral("none");
    case Fault::Drop: return QStringLiteral("drop");
    case Fault::Stall: return QStringLiteral("stall");
    case Fault::Error500: return QStringLiteral("error500");
    case Fault::Truncate: return QStringLiteral("truncate");
    case Fault::Garbage: return QStringLiteral("garbage");
    }
    return {};
}

void FaultInjector::configure(const Settings &settings)
{
    m_settings = settings;
    m_random.seed(settings.seed);
}

FaultInjector::Fault FaultInjector::draw(const QString &requestPath)
{
    if (!requestPath.contains(m_settings.path))
        return Fault::None;
    const double roll = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
    double edge = 0;
    const std::pair<double, Fault> faults[] = {
        {m_settings.drop, Fault::Drop},         {m_settings.stall, Fault::Stall},
        {m_settings.error500, Fault::Error500}, {m_settings.truncate, Fault::Truncate},
        {m_settings.garbage, Fault::Garbage},
    };
    for (const auto &[probability, fault] : faults) {
        edge += probability;
        if (roll < edge)
            return fault;
    }
    return Fault::None;
}

} // namespace primary
