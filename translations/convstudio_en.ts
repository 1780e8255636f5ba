<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConvStudio::BackfillCommand</name>
    <message numerus="yes">
        <source>%n past conversion(s) match.</source>
        <translation>
            <numerusform>%n past conversion matches.</numerusform>
            <numerusform>%n past conversions match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past conversion(s) read.</source>
        <translation>
            <numerusform>%n past conversion read.</numerusform>
            <numerusform>%n past conversions read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::BackfillDialog</name>
    <message numerus="yes">
        <source>%n past conversion(s) in this range.</source>
        <translation>
            <numerusform>%n past conversion in this range.</numerusform>
            <numerusform>%n past conversions in this range.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n conversion(s) read.</source>
        <translation>
            <numerusform>Done: %n conversion read.</numerusform>
            <numerusform>Done: %n conversions read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConditionRowWidget</name>
    <message numerus="yes">
        <source>%1
%n event(s) have it, e.g. %2</source>
        <translation>
            <numerusform>%1
%n event has it, e.g. %2</numerusform>
            <numerusform>%1
%n events have it, e.g. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConnectionListModel</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConnectorPages</name>
    <message numerus="yes">
        <source>Connector: %n connection(s) need a reconnect</source>
        <translation>
            <numerusform>Connector: %n connection needs a reconnect</numerusform>
            <numerusform>Connector: %n connections need a reconnect</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConversionsPage</name>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot;? Its %n stored conversion(s) are removed too; conversions already sent to platforms stay there.</source>
        <translation>
            <numerusform>Delete &quot;%1&quot;? Its %n stored conversion is removed too; conversions already sent to platforms stay there.</numerusform>
            <numerusform>Delete &quot;%1&quot;? Its %n stored conversions are removed too; conversions already sent to platforms stay there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s).</source>
        <translation>
            <numerusform>Imported %n rule.</numerusform>
            <numerusform>Imported %n rules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::CsvImport</name>
    <message numerus="yes">
        <source>The file has a header (%n column(s)) but no data rows.</source>
        <translation>
            <numerusform>The file has a header (%n column) but no data rows.</numerusform>
            <numerusform>The file has a header (%n columns) but no data rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::DeliveriesPage</name>
    <message numerus="yes">
        <source>%n delivery(s)</source>
        <translation>
            <numerusform>%n delivery</numerusform>
            <numerusform>%n deliveries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::DeliveryQueue</name>
    <message numerus="yes">
        <source>Older than %1 accepts (%n day(s)).</source>
        <translation>
            <numerusform>Older than %1 accepts (%n day).</numerusform>
            <numerusform>Older than %1 accepts (%n days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventsPage</name>
    <message numerus="yes">
        <source>%n matching event(s)</source>
        <translation>
            <numerusform>%n matching event</numerusform>
            <numerusform>%n matching events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::FileExportDialog</name>
    <message numerus="yes">
        <source>%n conversion(s) written to %1.</source>
        <translation>
            <numerusform>%n conversion written to %1.</numerusform>
            <numerusform>%n conversions written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::ListenerServer</name>
    <message numerus="yes">
        <source>Too many requests from %1; asked to retry in %n second(s).</source>
        <translation>
            <numerusform>Too many requests from %1; asked to retry in %n second.</numerusform>
            <numerusform>Too many requests from %1; asked to retry in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Stripe-Signature timestamp is more than %n second(s) away from now (a replay?).</source>
        <translation>
            <numerusform>The Stripe-Signature timestamp is more than %n second away from now (a replay?).</numerusform>
            <numerusform>The Stripe-Signature timestamp is more than %n seconds away from now (a replay?).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) stored</source>
        <translation>
            <numerusform>%n event stored</numerusform>
            <numerusform>%n events stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already stored</source>
        <translation>
            <numerusform>, %n already stored</numerusform>
            <numerusform>, %n already stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n rejected</numerusform>
            <numerusform>, %n rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::MatchCommand</name>
    <message numerus="yes">
        <source>%1: %n match(es) over %2 events.</source>
        <translation>
            <numerusform>%1: %n match over %2 events.</numerusform>
            <numerusform>%1: %n matches over %2 events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::OfflineFileExport</name>
    <message numerus="yes">
        <source>None of the %n conversion(s) can go into the file.</source>
        <translation>
            <numerusform>The %n conversion cannot go into the file.</numerusform>
            <numerusform>None of the %n conversions can go into the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::Reconciliation</name>
    <message numerus="yes">
        <source>%1 %2 was sent %n time(s) to %3 with different dedup ids (%4), so %3 counts it more than once. Rules: %5.</source>
        <translation>
            <numerusform>%1 %2 was sent %n time to %3 with different dedup ids (%4), so %3 counts it more than once. Rules: %5.</numerusform>
            <numerusform>%1 %2 was sent %n times to %3 with different dedup ids (%4), so %3 counts it more than once. Rules: %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::ResponseClassifier</name>
    <message numerus="yes">
        <source>Older than %1 accepts (%n day(s)); not sent.</source>
        <translation>
            <numerusform>Older than %1 accepts (%n day); not sent.</numerusform>
            <numerusform>Older than %1 accepts (%n days); not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Gave up after %n attempt: %1</numerusform>
            <numerusform>Gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleEvaluator</name>
    <message numerus="yes">
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>%n day apart</numerusform>
            <numerusform>%n days apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) apart</source>
        <translation>
            <numerusform>%n hour apart</numerusform>
            <numerusform>%n hours apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It completes the sequence, but step 1 (%1) is %n day(s) earlier, more than the %2 allowed.</source>
        <translation>
            <numerusform>It completes the sequence, but step 1 (%1) is %n day earlier, more than the %2 allowed.</numerusform>
            <numerusform>It completes the sequence, but step 1 (%1) is %n days earlier, more than the %2 allowed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleListModel</name>
    <message numerus="yes">
        <source>Produces &quot;%1&quot;; %n conversion(s) stored%2</source>
        <translation>
            <numerusform>Produces &quot;%1&quot;; %n conversion stored%2</numerusform>
            <numerusform>Produces &quot;%1&quot;; %n conversions stored%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::RulePreviewPanel</name>
    <message numerus="yes">
        <source>conversion(s) over %1 events in this workspace</source>
        <translation>
            <numerusform>conversion over %1 events in this workspace</numerusform>
            <numerusform>conversions over %1 events in this workspace</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::RulesCommand</name>
    <message numerus="yes">
        <source>%n conversion(s)</source>
        <translation>
            <numerusform>%n conversion</numerusform>
            <numerusform>%n conversions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::SalesSummaryModel</name>
    <message numerus="yes">
        <source>%1 (%n correction(s))</source>
        <translation>
            <numerusform>%1 (%n correction)</numerusform>
            <numerusform>%1 (%n corrections)</numerusform>
        </translation>
    </message>
</context>
</TS>
