<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <location filename="../app/satellite-cli/CliApp.cpp" line="+211" />
        <source>%n change(s) refused by the primary; see satellite-cli quarantine.</source>
        <translation>
            <numerusform>%n change refused by the primary; see satellite-cli quarantine.</numerusform><numerusform>%n changes refused by the primary; see satellite-cli quarantine.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+71" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n change(s) saved; they go out with the next sync.</source>
        <translation>
            <numerusform>%n change saved; it goes out with the next sync.</numerusform><numerusform>%n changes saved; they go out with the next sync.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n record(s) applied; %1 still in quarantine.</source>
        <translation>
            <numerusform>%n record applied; %1 still in quarantine.</numerusform><numerusform>%n records applied; %1 still in quarantine.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n refused change(s) will be sent again with the next sync.</source>
        <translation>
            <numerusform>%n refused change will be sent again with the next sync.</numerusform><numerusform>%n refused changes will be sent again with the next sync.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+39" />
        <source>%n record(s) in quarantine</source>
        <translation>
            <numerusform>%n record in quarantine</numerusform><numerusform>%n records in quarantine</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n change(s) refused by the primary (--retry sends them again, --discard N gives one up)</source>
        <translation>
            <numerusform>%n change refused by the primary (--retry sends it again, --discard N gives one up)</numerusform><numerusform>%n changes refused by the primary (--retry sends them again, --discard N gives one up)</numerusform></translation>
    </message>
</context>
<context>
    <name>LabelOutput</name>
    <message numerus="yes">
        <location filename="../ui/work/LabelOutput.cpp" line="+22" />
        <source>%n label(s) sent to the printer.</source>
        <translation>
            <numerusform>%n label sent to the printer.</numerusform><numerusform>%n labels sent to the printer.</numerusform></translation>
    </message>
</context>
<context>
    <name>PatientText</name>
    <message numerus="yes">
        <location filename="../ui/work/PatientText.cpp" line="+17" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>RecordViews</name>
    <message numerus="yes">
        <location filename="../ui/models/RecordViews.cpp" line="+111" />
        <source>%1 · expires in %n day(s)</source>
        <translation>
            <numerusform>%1 · expires in %n day</numerusform><numerusform>%1 · expires in %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>SupportInfo</name>
    <message numerus="yes">
        <location filename="../ui/windows/SupportInfo.cpp" line="+75" />
        <source>%n change(s) waiting to go out</source>
        <translation>
            <numerusform>%n change waiting to go out</numerusform><numerusform>%n changes waiting to go out</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n record(s) in quarantine</source>
        <translation>
            <numerusform>%n record in quarantine</numerusform><numerusform>%n records in quarantine</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n change(s) refused by the primary</source>
        <translation>
            <numerusform>%n change refused by the primary</numerusform><numerusform>%n changes refused by the primary</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message numerus="yes">
        <location filename="../core/sync/SyncTypes.cpp" line="+57" />
        <source>about %n s</source>
        <translation>
            <numerusform>about %n s</numerusform><numerusform>about %n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform><numerusform>about %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>about %n h</source>
        <translation>
            <numerusform>about %n h</numerusform><numerusform>about %n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%1, trying again in %n s</source>
        <translation>
            <numerusform>%1, trying again in %n s</numerusform><numerusform>%1, trying again in %n s</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncResultWords</name>
    <message numerus="yes">
        <location filename="../ui/widgets/SyncResultWords.cpp" line="+27" />
        <source>%n record(s) sent</source>
        <translation>
            <numerusform>%n record sent</numerusform><numerusform>%n records sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform><numerusform>%n received</numerusform></translation>
    </message>
</context>
<context>
    <name>WorkCommands</name>
    <message numerus="yes">
        <location filename="../app/satellite-cli/WorkCommands.cpp" line="+208" />
        <source>%n patient(s) found</source>
        <translation>
            <numerusform>%n patient found</numerusform><numerusform>%n patients found</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+187" />
        <source>%n supplier invoice(s) waiting to be received</source>
        <translation>
            <numerusform>%n supplier invoice waiting to be received</numerusform><numerusform>%n supplier invoices waiting to be received</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+21" />
        <source>%n line(s) received into stock; the invoice is finalised.</source>
        <translation>
            <numerusform>%n line received into stock; the invoice is finalised.</numerusform><numerusform>%n lines received into stock; the invoice is finalised.</numerusform></translation>
    </message>
</context>
<context>
    <name>satellite::SyncEngine</name>
    <message numerus="yes">
        <location filename="../core/sync/SyncEngine.cpp" line="+487" />
        <source>%n batch(es) of records were still on their way to the disk when the last sync stopped; the server sends them again.</source>
        <translation>
            <numerusform>%n batch of records were still on their way to the disk when the last sync stopped; the server sends them again.</numerusform><numerusform>%n batches of records were still on their way to the disk when the last sync stopped; the server sends them again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>%n record(s) changed here kept their local state; the next push sends it.</source>
        <translation>
            <numerusform>%n record changed here kept its local state; the next push sends it.</numerusform><numerusform>%n records changed here kept their local state; the next push sends it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+249" />
        <source>%n record(s) the server sent cannot be read; kept in quarantine, the rest is stored.</source>
        <translation>
            <numerusform>%n record the server sent cannot be read; kept in quarantine, the rest is stored.</numerusform><numerusform>%n records the server sent cannot be read; kept in quarantine, the rest is stored.</numerusform></translation>
    </message>
</context>
<context>
    <name>satellite::ui::DispensePage</name>
    <message numerus="yes">
        <location filename="../ui/work/DispensePage.cpp" line="+504" />
        <source>(%n line(s) cannot be dispensed)</source>
        <translation>
            <numerusform>(%n line cannot be dispensed)</numerusform><numerusform>(%n lines cannot be dispensed)</numerusform></translation>
    </message>
</context>
<context>
    <name>satellite::ui::DraftList</name>
    <message numerus="yes">
        <location filename="../ui/work/DraftList.cpp" line="+64" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
</context>
<context>
    <name>satellite::ui::ItemConsumption</name>
    <message numerus="yes">
        <location filename="../ui/stock/ItemConsumption.cpp" line="+142" />
        <source>The available stock lasts about %n year(s) at that rate.</source>
        <translation>
            <numerusform>The available stock lasts about %n year at that rate.</numerusform><numerusform>The available stock lasts about %n years at that rate.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>The available stock lasts about %n month(s) at that rate.</source>
        <translation>
            <numerusform>The available stock lasts about %n month at that rate.</numerusform><numerusform>The available stock lasts about %n months at that rate.</numerusform></translation>
    </message>
</context>
<context>
    <name>satellite::ui::LoginDialog</name>
    <message numerus="yes">
        <location filename="../ui/windows/LoginDialog.cpp" line="+154" />
        <source>Done: %n record(s) received.</source>
        <translation>
            <numerusform>Done: %n record received.</numerusform><numerusform>Done: %n records received.</numerusform></translation>
    </message>
</context>
<context>
    <name>satellite::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/windows/MainWindow.cpp" line="+652" />
        <source>%n change(s) made here have not been sent yet and would be lost: sync first.</source>
        <translation>
            <numerusform>%n change made here has not been sent yet and would be lost: sync first.</numerusform><numerusform>%n changes made here have not been sent yet and would be lost: sync first.</numerusform></translation>
    </message>
</context>
<context>
    <name>satellite::ui::ReceivePage</name>
    <message numerus="yes">
        <location filename="../ui/work/ReceivePage.cpp" line="+132" />
        <source>%1 · sent %2 · %3 · %n line(s)</source>
        <translation>
            <numerusform>%1 · sent %2 · %3 · %n line</numerusform><numerusform>%1 · sent %2 · %3 · %n lines</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+136" />
        <source>%1 received: %n line(s) added to the stock.</source>
        <translation>
            <numerusform>%1 received: %n line added to the stock.</numerusform><numerusform>%1 received: %n lines added to the stock.</numerusform></translation>
    </message>
</context>
<context>
    <name>satellite::ui::RecordPage</name>
    <message numerus="yes">
        <location filename="../ui/widgets/RecordPage.cpp" line="+287" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
</context>
<context>
    <name>satellite::ui::RemotePatientDialog</name>
    <message numerus="yes">
        <location filename="../ui/work/RemotePatientDialog.cpp" line="+181" />
        <source>%n patient(s) registered at other clinics: choose one and press Enter to make them visible here.</source>
        <translation>
            <numerusform>%n patient registered at other clinics: choose one and press Enter to make them visible here.</numerusform><numerusform>%n patients registered at other clinics: choose one and press Enter to make them visible here.</numerusform></translation>
    </message>
</context>
<context>
    <name>satellite::ui::StockCountDialog</name>
    <message numerus="yes">
        <location filename="../ui/work/StockCountDialog.cpp" line="+239" />
        <source>Count recorded as inventory adjustment %1 (%n batch(es) changed).</source>
        <translation>
            <numerusform>Count recorded as inventory adjustment %1 (%n batch changed).</numerusform><numerusform>Count recorded as inventory adjustment %1 (%n batches changed).</numerusform></translation>
    </message>
</context>
<context>
    <name>satellite::ui::StockPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/StockPage.cpp" line="+73" />
        <source> month(s)</source>
        <comment>after a number of months</comment>
        <translation>
            <numerusform> month</numerusform><numerusform> months</numerusform></translation>
    </message>
</context>
<context>
    <name>satellite::ui::SyncPage</name>
    <message numerus="yes">
        <location filename="../ui/widgets/SyncPage.cpp" line="+343" />
        <source>%n line(s) of the log exported to %1.</source>
        <translation>
            <numerusform>%n line of the log exported to %1.</numerusform><numerusform>%n lines of the log exported to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>satellite::ui::SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../ui/widgets/SyncStatusBar.cpp" line="+88" />
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%n change(s) waiting to go out</source>
        <translation>
            <numerusform>%n change waiting to go out</numerusform><numerusform>%n changes waiting to go out</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n record(s) in quarantine</source>
        <translation>
            <numerusform>%n record in quarantine</numerusform><numerusform>%n records in quarantine</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n change(s) refused by the primary</source>
        <translation>
            <numerusform>%n change refused by the primary</numerusform><numerusform>%n changes refused by the primary</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n patient(s) to make visible here at the next sync</source>
        <translation>
            <numerusform>%n patient to make visible here at the next sync</numerusform><numerusform>%n patients to make visible here at the next sync</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n patient(s) not made visible here</source>
        <translation>
            <numerusform>%n patient not made visible here</numerusform><numerusform>%n patients not made visible here</numerusform></translation>
    </message>
</context>
</TS>