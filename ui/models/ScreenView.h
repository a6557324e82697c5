#pragma once

#include "store/ScreenQuery.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <functional>

namespace satellite::ui {

// One column of a QueryTableModel: which of the query's columns it shows
// (by key), its header, and how its value is shown.
struct ViewColumn
{
    QString key;
    QString header; // empty: read by the page, not shown
    std::function<QVariant(const QVariant &value)> display = {};
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    // A colour for values that must stand out (expired stock, ...); invalid: none.
    // Never alone: `display` says it in words and `decoration` gives an icon.
    std::function<QVariant(const QVariant &value)> foreground = {};
    std::function<QVariant(const QVariant &value)> decoration = {};
    // An amount: shown with the currency code in the column of this key.
    QString currencyKey = {};
    // What the column means, over its header (what "available" counts, ...).
    QString explanation = {};
};

// What a QueryTableModel shows: a list the store reads (core/store
// ScreenQueries) and, in the pharmacist's words, its columns.
struct ScreenView
{
    ScreenQuery query;
    QList<ViewColumn> columns;
};

} // namespace satellite::ui
