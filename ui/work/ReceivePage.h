#pragma once

#include "domain/GoodsReceipt.h"
#include "domain/WorkLookups.h"

#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace satellite {
class LocalStore;
struct WorkContext;
} // namespace satellite

namespace satellite::ui {

// Receiving goods: the supplier invoices waiting for this store, and the
// chosen one line by line, where the packs received, the batch and the
// expiry can be corrected before Receive into stock (Ctrl+Enter) adds them
// to the stock, once.
class ReceivePage : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        Item,
        PackSize,
        PacksSent,
        PacksReceived,
        BatchNumber,
        Expiry,
        Cost,
        ColumnCount
    };

    ReceivePage(LocalStore &store, const WorkContext &context, QWidget *parent = nullptr);

    QListWidget *invoiceList() const { return m_invoices; }
    QTableWidget *linesTable() const { return m_lines; }
    QPushButton *receiveButton() const { return m_receive; }
    QLabel *messageLabel() const { return m_message; }
    // Shows this invoice when it is waiting; false when it is not.
    bool showInvoice(const QString &id);
    void refresh(const QStringList &types);
    void receive();

signals:
    void changed(const QStringList &types);

private:
    void reload();
    void loadLines();
    QString currentId() const;
    std::optional<QList<GoodsReceipt::Correction>> corrections();
    void showMessage(const QString &text, bool problem);

    LocalStore &m_store;
    const WorkContext &m_context;
    WorkLookups m_lookups;
    QString m_shown; // the invoice whose lines are in the table
    QListWidget *m_invoices;
    QLabel *m_heading;
    QTableWidget *m_lines;
    QLabel *m_message;
    QPushButton *m_receive;
};

} // namespace satellite::ui
