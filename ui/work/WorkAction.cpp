#include "WorkAction.h"

#include "domain/WorkRefusal.h"
#include "store/StoreError.h"

namespace satellite::ui {

QString WorkAction::run(const std::function<void()> &action)
{
    try {
        action();
        return {};
    } catch (const WorkRefusal &refusal) {
        return refusal.message();
    } catch (const StoreError &error) {
        return tr("Nothing was saved: the local database reported a problem (%1). Try again; "
                  "if it happens again, call your support contact.")
            .arg(error.message());
    }
}

} // namespace satellite::ui
