#include "WorkContext.h"

#include "store/LocalSettings.h"
#include "sync/SettingKeys.h"

namespace satellite {

WorkContext WorkContext::fromSettings(LocalSettings &settings)
{
    WorkContext context;
    context.storeId = settings.value(SettingKeys::storeId);
    context.storeNameId = settings.value(SettingKeys::storeNameId);
    context.userId = settings.value(SettingKeys::userId);
    return context;
}

} // namespace satellite
