#include "LocalStore.h"

namespace satellite {

void LocalStore::forgetSite()
{
    Transaction transaction(db);
    db.exec("DELETE FROM record");
    db.exec("DELETE FROM outgoing");
    db.exec("DELETE FROM outgoing_quarantine");
    db.exec("DELETE FROM inbox");
    db.exec("DELETE FROM quarantine");
    db.exec("DELETE FROM sync_run");
    db.exec("DELETE FROM pending_call");
    db.exec("DELETE FROM remote_answer");
    db.exec("DELETE FROM invoice_number");
    db.exec("DELETE FROM setting WHERE key <> 'installation_id'");
    transaction.commit();
    inbox.shrink();
}

} // namespace satellite
