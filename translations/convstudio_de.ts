<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConvStudio::AdapterDeliveryBuilder</name>
    <message>
        <source>No payload builder for the platform &quot;%1&quot;.</source>
        <translation>Kein Payload-Builder für die Plattform &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is a file to upload by hand, not sent by the connector.</source>
        <translation>%1 ist eine Datei zum manuellen Hochladen und wird nicht vom Connector gesendet.</translation>
    </message>
    <message>
        <source>%1 built nothing for this conversion.</source>
        <translation>%1 hat für diese Conversion nichts erzeugt.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::AdapterKit</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Great</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <source>%1: the event is in the future: skipped</source>
        <translation>%1: Das Event liegt in der Zukunft: übersprungen</translation>
    </message>
    <message>
        <source>%1: event older than %2 days: skipped</source>
        <translation>%1: Event älter als %2 Tage: übersprungen</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BackfillCommand</name>
    <message>
        <source>These stored conversions only (comma-separated ids).</source>
        <translation>Nur diese gespeicherten Conversions (IDs durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>ID[,ID...]</source>
        <translation>ID[,ID...]</translation>
    </message>
    <message>
        <source>The stored conversions of this rule only.</source>
        <translation>Nur die gespeicherten Conversions dieser Regel.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Conversions at or after this time.</source>
        <translation>Conversions zu oder nach diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Conversions before this time.</source>
        <translation>Conversions vor diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>Only for the connections of this platform.</source>
        <translation>Nur für die Verbindungen dieser Plattform.</translation>
    </message>
    <message>
        <source>Only for this connection.</source>
        <translation>Nur für diese Verbindung.</translation>
    </message>
    <message>
        <source>Count what would be queued, already is, or is too old, and queue nothing.</source>
        <translation>Zählen, was eingereiht würde, schon eingereiht ist oder zu alt ist, und nichts einreihen.</translation>
    </message>
    <message>
        <source>Print the summary per platform as JSON.</source>
        <translation>Die Zusammenfassung pro Plattform als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The time the platforms&apos; windows are measured from (default: the current time).</source>
        <translation>Der Zeitpunkt, von dem aus die Zeitfenster der Plattformen gemessen werden (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Queues past stored conversions for the connected platforms, as if they had just been stored. What a connection has queued already is left as it is; conversions older than a platform accepts are recorded as skipped, with the reason. &apos;convstudio send&apos; delivers them.</source>
        <translation>Reiht frühere gespeicherte Conversions für die verbundenen Plattformen ein, als wären sie gerade gespeichert worden. Was eine Verbindung schon eingereiht hat, bleibt unverändert; Conversions, die älter sind, als eine Plattform annimmt, werden mit dem Grund als übersprungen vermerkt. &apos;convstudio send&apos; stellt sie zu.</translation>
    </message>
    <message>
        <source>backfill takes no arguments, only options. See &apos;convstudio backfill --help&apos;.</source>
        <translation>backfill nimmt keine Argumente, nur Optionen. Siehe &apos;convstudio backfill --help&apos;.</translation>
    </message>
    <message>
        <source>--connection needs a connection id (see &apos;convstudio connections list&apos;).</source>
        <translation>--connection braucht eine Verbindungs-ID (siehe &apos;convstudio connections list&apos;).</translation>
    </message>
    <message>
        <source>There is no rule &apos;%1&apos;. See &apos;convstudio rules list&apos;.</source>
        <translation>Es gibt keine Regel &apos;%1&apos;. Siehe &apos;convstudio rules list&apos;.</translation>
    </message>
    <message>
        <source>No connection matches: see &apos;convstudio connections list&apos;.</source>
        <translation>Keine Verbindung passt: siehe &apos;convstudio connections list&apos;.</translation>
    </message>
    <message>
        <source>No platform is connected: add one with &apos;convstudio connections add&apos;.</source>
        <translation>Keine Plattform ist verbunden: fügen Sie eine mit &apos;convstudio connections add&apos; hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n past conversion(s) match.</source>
        <translation>
            <numerusform>%n frühere Conversion passt.</numerusform>
            <numerusform>%n frühere Conversions passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 would be queued, %3 already queued, %4 too old for the platform (would be skipped)</source>
        <translation>%1: %2 würden eingereiht, %3 schon eingereiht, %4 zu alt für die Plattform (würden übersprungen)</translation>
    </message>
    <message>
        <source>The backfill failed: %1</source>
        <translation>Das Nachsenden ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n past conversion(s) read.</source>
        <translation>
            <numerusform>%n frühere Conversion gelesen.</numerusform>
            <numerusform>%n frühere Conversions gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 queued, %3 skipped, %4 already queued</source>
        <translation>%1: %2 eingereiht, %3 übersprungen, %4 schon eingereiht</translation>
    </message>
    <message>
        <source>  %1, skipped %2×: %3</source>
        <translation>  %1, %2× übersprungen: %3</translation>
    </message>
    <message>
        <source>Run &apos;convstudio send&apos; (or open the app) to deliver them.</source>
        <translation>Führen Sie &apos;convstudio send&apos; aus (oder öffnen Sie die App), um sie zuzustellen.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BackfillDialog</name>
    <message>
        <source>Send past conversions</source>
        <translation>Frühere Conversions senden</translation>
    </message>
    <message>
        <source>Every connected platform</source>
        <translation>Alle verbundenen Plattformen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <source>Conversions stored before a platform was connected (or while it could not take them) are queued now, as if they had just happened. Each goes to a platform once; conversions older than a platform accepts are recorded as skipped, with the reason.</source>
        <translation>Conversions, die gespeichert wurden, bevor eine Plattform verbunden war (oder während sie sie nicht annehmen konnte), werden jetzt in die Warteschlange gestellt, als wären sie gerade passiert. Jede geht nur einmal an eine Plattform; Conversions, die älter sind, als eine Plattform annimmt, werden mit dem Grund als übersprungen vermerkt.</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <source>Conversions of</source>
        <translation>Conversions von</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Bis (einschließlich)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%n past conversion(s) in this range.</source>
        <translation>
            <numerusform>%n frühere Conversion in diesem Zeitraum.</numerusform>
            <numerusform>%n frühere Conversions in diesem Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be queued.</source>
        <translation>%1 werden in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Nothing new to queue.</source>
        <translation>Nichts Neues für die Warteschlange.</translation>
    </message>
    <message>
        <source>%1 were queued already and stay as they are.</source>
        <translation>%1 waren schon in der Warteschlange und bleiben unverändert.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Too old for the platform, recorded as skipped: %1.</source>
        <translation>Zu alt für die Plattform, als übersprungen vermerkt: %1.</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>%1 einreihen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Einreihen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2 conversions</source>
        <translation>%1 von %2 Conversions</translation>
    </message>
    <message>
        <source>The backfill stopped: %1</source>
        <translation>Das Nachsenden wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 conversions. What was queued stays queued.</source>
        <translation>Abgebrochen nach %1 von %2 Conversions. Was eingereiht wurde, bleibt eingereiht.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n conversion(s) read.</source>
        <translation>
            <numerusform>Fertig: %n Conversion gelesen.</numerusform>
            <numerusform>Fertig: %n Conversions gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 queued, %2 skipped, %3 queued already.</source>
        <translation>%1 eingereiht, %2 übersprungen, %3 waren schon eingereiht.</translation>
    </message>
    <message>
        <source>Skipped %1×: %2</source>
        <translation>%1× übersprungen: %2</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::AwinTransactionsPreset</name>
    <message>
        <source>Awin transactions</source>
        <translation>Awin-Transaktionen</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::CjCommissionsPreset</name>
    <message>
        <source>CJ Affiliate commissions</source>
        <translation>CJ-Affiliate-Provisionen</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::ClickBankPreset</name>
    <message>
        <source>ClickBank transactions</source>
        <translation>ClickBank-Transaktionen</translation>
    </message>
    <message>
        <source>transaction type %1 is neither a sale nor a refund</source>
        <translation>Transaktionstyp %1 ist weder ein Verkauf noch eine Rückerstattung</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::GoogleAdsOfflinePreset</name>
    <message>
        <source>Google Ads offline conversions</source>
        <translation>Offline-Conversions für Google Ads</translation>
    </message>
    <message>
        <source>the row has no Google Click ID, GBRAID or WBRAID</source>
        <translation>die Zeile hat keine Google Click ID, GBRAID oder WBRAID</translation>
    </message>
    <message>
        <source>the row has more than one of Google Click ID, GBRAID and WBRAID</source>
        <translation>die Zeile enthält mehr als eine von Google Click ID, GBRAID und WBRAID</translation>
    </message>
    <message>
        <source>the conversion name is empty</source>
        <translation>der Conversion-Name ist leer</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::HubSpotContactsPreset</name>
    <message>
        <source>HubSpot contacts</source>
        <translation>HubSpot-Kontakte</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::ImpactActionsPreset</name>
    <message>
        <source>impact.com actions</source>
        <translation>impact.com-Aktionen</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::MetaOfflineEventsPreset</name>
    <message>
        <source>Meta offline events</source>
        <translation>Meta-Offline-Events</translation>
    </message>
    <message>
        <source>the event name is empty</source>
        <translation>der Event-Name ist leer</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::PayPalActivityPreset</name>
    <message>
        <source>PayPal activity</source>
        <translation>PayPal-Aktivität</translation>
    </message>
    <message>
        <source>%1 (%2) is not an incoming payment or a refund</source>
        <translation>%1 (%2) ist weder eine eingehende Zahlung noch eine Rückerstattung</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::SalesforceLeadsPreset</name>
    <message>
        <source>Salesforce leads report</source>
        <translation>Salesforce-Lead-Bericht</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::ShopifyOrdersPreset</name>
    <message>
        <source>Shopify orders</source>
        <translation>Shopify-Bestellungen</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::StripePaymentsPreset</name>
    <message>
        <source>Stripe payments</source>
        <translation>Stripe-Zahlungen</translation>
    </message>
    <message>
        <source>payment %1 not paid (status %2): %3</source>
        <translation>Zahlung %1 nicht bezahlt (Status %2): %3</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::WooCommerceOrdersPreset</name>
    <message>
        <source>WooCommerce orders</source>
        <translation>WooCommerce-Bestellungen</translation>
    </message>
</context>
<context>
    <name>ConvStudio::Cli</name>
    <message>
        <source>Store and list canonical events</source>
        <translation>Kanonische Events speichern und auflisten</translation>
    </message>
    <message>
        <source>Usage: convstudio [--db PATH] [COMMAND [ARGS...]]

Conversion Studio composes marketing conversions from events, previews what every ad platform would receive, and delivers it. Without a command it opens the window.

Options:
  --db PATH     the workspace file (default: %1)
  --version     print the version
  --help        print this help; COMMAND --help for a command

Commands:
</source>
        <translation>Aufruf: convstudio [--db PATH] [COMMAND [ARGS...]]

Conversion Studio setzt Marketing-Conversions aus Events zusammen, zeigt vorab, was jede Werbeplattform erhalten würde, und liefert sie aus. Ohne Befehl öffnet es das Fenster.

Optionen:
  --db PATH     die Arbeitsbereich-Datei (Standard: %1)
  --version     Version ausgeben
  --help        diese Hilfe ausgeben; COMMAND --help für einen Befehl

Befehle:
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command. Try &apos;convstudio --help&apos;.</source>
        <translation>&apos;%1&apos; ist kein Befehl. Siehe &apos;convstudio --help&apos;.</translation>
    </message>
    <message>
        <source>Connect ad-platform accounts (tokens in the keychain)</source>
        <translation>Konten von Werbeplattformen verbinden (Tokens im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Import a CSV export as canonical events</source>
        <translation>Einen CSV-Export als kanonische Events importieren</translation>
    </message>
    <message>
        <source>Print or rotate the listener&apos;s token; set webhook secrets</source>
        <translation>Token des Listeners ausgeben oder erneuern; Webhook-Secrets festlegen</translation>
    </message>
    <message>
        <source>Show what a rule would match in the workspace</source>
        <translation>Anzeigen, was eine Regel im Arbeitsbereich erfassen würde</translation>
    </message>
    <message>
        <source>Preview the exact payload every ad platform would receive</source>
        <translation>Vorschau des exakten Payloads, den jede Werbeplattform erhalten würde</translation>
    </message>
    <message>
        <source>Match store orders, credited sales and forwarded conversions</source>
        <translation>Shop-Bestellungen, gutgeschriebene Verkäufe und weitergeleitete Conversions abgleichen</translation>
    </message>
    <message>
        <source>Add, list, export and remove conversion rules</source>
        <translation>Conversion-Regeln hinzufügen, auflisten, exportieren und entfernen</translation>
    </message>
    <message>
        <source>Credited sales by network, program, status or period</source>
        <translation>Gutgeschriebene Verkäufe nach Netzwerk, Programm, Status oder Zeitraum</translation>
    </message>
    <message>
        <source>Deliver queued conversions to the connected platforms</source>
        <translation>Conversions aus der Warteschlange an die verbundenen Plattformen ausliefern</translation>
    </message>
    <message>
        <source>Receive webhooks and affiliate postbacks until stopped</source>
        <translation>Webhooks und Affiliate-Postbacks bis zum Beenden empfangen</translation>
    </message>
    <message>
        <source>Queue past conversions for the connected platforms</source>
        <translation>Frühere Conversions für die verbundenen Plattformen einreihen</translation>
    </message>
</context>
<context>
    <name>ConvStudio::CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>%1 Try &apos;%2 --help&apos;.</source>
        <translation>%1 Siehe &apos;%2 --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date (2026-11-01) or an ISO-8601 time with a zone (2026-11-20T00:00:00Z).</source>
        <translation>--%1 &apos;%2&apos; ist kein Datum (2026-11-01) und keine ISO-8601-Zeit mit Zone (2026-11-20T00:00:00Z).</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConditionRowWidget</name>
    <message numerus="yes">
        <source>%1
%n event(s) have it, e.g. %2</source>
        <translation>
            <numerusform>%1
%n Event hat es, z. B. %2</numerusform>
            <numerusform>%1
%n Events haben es, z. B. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Not seen in this workspace yet</source>
        <translation>%1
In diesem Arbeitsbereich noch nicht vorgekommen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>No event in this workspace has this field yet: the condition matches nothing for now.</source>
        <translation>Noch kein Event in diesem Arbeitsbereich hat dieses Feld: Die Bedingung trifft vorerst auf nichts zu.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConnectionCard</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Neu verbinden nötig</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 waiting · %2 failed · %3 sent</source>
        <translation>%1 wartend · %2 fehlgeschlagen · %3 gesendet</translation>
    </message>
    <message>
        <source>Last delivered %1</source>
        <translation>Zuletzt zugestellt %1</translation>
    </message>
    <message>
        <source>Nothing delivered yet</source>
        <translation>Noch nichts zugestellt</translation>
    </message>
    <message>
        <source>%1 Edit the connection and paste a new token.</source>
        <translation>%1 Bearbeiten Sie die Verbindung und fügen Sie ein neues Token ein.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Hold this connection&apos;s deliveries. New conversions are still queued and go out on Resume.</source>
        <translation>Die Zustellungen dieser Verbindung anhalten. Neue Conversions werden weiter eingereiht und beim Fortsetzen gesendet.</translation>
    </message>
    <message>
        <source>Deliver what waits, and what comes next.</source>
        <translation>Zustellen, was wartet, und was noch kommt.</translation>
    </message>
    <message>
        <source>Send past conversions…</source>
        <translation>Frühere Conversions senden…</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConnectionListModel</name>
    <message>
        <source>Nothing sent yet</source>
        <translation>Noch nichts gesendet</translation>
    </message>
    <message>
        <source>%1% delivered</source>
        <translation>%1% zugestellt</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>nächster Versuch %1</translation>
    </message>
    <message>
        <source>Needs reconnect</source>
        <translation>Neu verbinden erforderlich</translation>
    </message>
    <message>
        <source>Connected · test mode</source>
        <translation>Verbunden · Testmodus</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>%1
%2 · %3
%4</source>
        <translation>%1
%2 · %3
%4</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConnectionRepository</name>
    <message>
        <source>The settings contain &quot;%1&quot;: credentials are never stored in the workspace. Pass the token separately (--token-stdin).</source>
        <translation>Die Einstellungen enthalten &quot;%1&quot;: Zugangsdaten werden nie im Arbeitsbereich gespeichert. Übergeben Sie das Token separat (--token-stdin).</translation>
    </message>
    <message>
        <source>There is no connection %1.</source>
        <translation>Es gibt keine Verbindung %1.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConnectionSettings</name>
    <message>
        <source>the connection settings must be one JSON object</source>
        <translation>die Verbindungseinstellungen müssen ein einzelnes JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; muss ein String sein</translation>
    </message>
    <message>
        <source>&apos;endpoint&apos; must start with http:// or https://, such as http://127.0.0.1:8088</source>
        <translation>&apos;endpoint&apos; muss mit http:// oder https:// beginnen, z. B. http://127.0.0.1:8088</translation>
    </message>
    <message>
        <source>&apos;default_country&apos; must be a two-letter ISO code such as US or DE, not &apos;%1&apos;</source>
        <translation>&apos;default_country&apos; muss ein zweistelliger ISO-Code wie US oder DE sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;event_names&apos; must be an object such as {&quot;Purchase&quot;: &quot;CompletePayment&quot;}</source>
        <translation>&apos;event_names&apos; muss ein Objekt wie {&quot;Purchase&quot;: &quot;CompletePayment&quot;} sein</translation>
    </message>
    <message>
        <source>&apos;event_names.%1&apos; must be a string</source>
        <translation>&apos;event_names.%1&apos; muss ein String sein</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1 ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConnectionsCommand</name>
    <message>
        <source>Usage: convstudio connections add --platform ID --settings FILE [--token-stdin] [--test-mode] [--json]
       convstudio connections list [--json]
       convstudio connections remove ID
       convstudio connections test ID [--json]

Connect ad-platform accounts. Tokens go to the system keychain (or, where none runs, to a file only you can read), never into the workspace.
</source>
        <translation>Aufruf: convstudio connections add --platform ID --settings FILE [--token-stdin] [--test-mode] [--json]
        convstudio connections list [--json]
        convstudio connections remove ID
        convstudio connections test ID [--json]

Konten von Werbeplattformen verbinden. Tokens werden im Schlüsselbund des Systems gespeichert (oder, wo keiner läuft, in einer Datei, die nur Sie lesen können), nie im Arbeitsbereich.
</translation>
    </message>
    <message>
        <source>&apos;connections %1&apos; is not a command. Try &apos;convstudio connections --help&apos;.</source>
        <translation>&apos;connections %1&apos; ist kein Befehl. Siehe &apos;convstudio connections --help&apos;.</translation>
    </message>
    <message>
        <source>No keychain service is running: the token is kept in %1, readable only by you.</source>
        <translation>Es läuft kein Schlüsselbunddienst: Das Token wird in %1 gespeichert und ist nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Give one connection id (see &apos;convstudio connections list&apos;).</source>
        <translation>Geben Sie eine Verbindungs-ID an (siehe &apos;convstudio connections list&apos;).</translation>
    </message>
    <message>
        <source>The platform id: meta, tiktok, ga4, google_ads …</source>
        <translation>Die Plattform-ID: meta, tiktok, ga4, google_ads …</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The connection settings (JSON).</source>
        <translation>Die Verbindungseinstellungen (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the access token (or a JSON object of secrets) from standard input.</source>
        <translation>Das Zugriffstoken (oder ein JSON-Objekt mit Secrets) von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Send in the platform&apos;s test mode.</source>
        <translation>Im Testmodus der Plattform senden.</translation>
    </message>
    <message>
        <source>Print {&quot;id&quot;} as JSON.</source>
        <translation>{&quot;id&quot;} als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Adds a connection to an ad-platform account and prints its id.</source>
        <translation>Fügt eine Verbindung zu einem Werbeplattform-Konto hinzu und gibt ihre ID aus.</translation>
    </message>
    <message>
        <source>Give --platform, one of: %1.</source>
        <translation>Geben Sie --platform an, eines von: %1.</translation>
    </message>
    <message>
        <source>connections add needs --settings FILE.</source>
        <translation>connections add benötigt --settings FILE.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The token could not be stored: %1</source>
        <translation>Das Token konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Print a JSON array; tokens are masked.</source>
        <translation>Ein JSON-Array ausgeben; Tokens werden maskiert.</translation>
    </message>
    <message>
        <source>Lists the connections with their state; tokens are masked.</source>
        <translation>Listet die Verbindungen mit ihrem Status auf; Tokens werden maskiert.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>needs reconnect</source>
        <translation>neu verbinden erforderlich</translation>
    </message>
    <message>
        <source> (test mode)</source>
        <translation> (Testmodus)</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>The connection id.</source>
        <translation>Die Verbindungs-ID.</translation>
    </message>
    <message>
        <source>Removes a connection, its token and its pending deliveries.</source>
        <translation>Entfernt eine Verbindung, ihr Token und ihre ausstehenden Zustellungen.</translation>
    </message>
    <message>
        <source>Print {&quot;ok&quot;, &quot;message&quot;} as JSON.</source>
        <translation>{&quot;ok&quot;, &quot;message&quot;} als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Sends the platform&apos;s test or validate request and says what the platform answered.</source>
        <translation>Sendet die Test- oder Validierungsanfrage der Plattform und zeigt, was die Plattform geantwortet hat.</translation>
    </message>
    <message>
        <source>There is no connection %1.</source>
        <translation>Es gibt keine Verbindung %1.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConnectionsPage</name>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Testing and advanced</source>
        <translation>Tests und erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>Send in the platform&apos;s test mode</source>
        <translation>Im Testmodus der Plattform senden</translation>
    </message>
    <message>
        <source>e.g. TEST12345, from the platform&apos;s Test events tab</source>
        <translation>z. B. TEST12345, aus dem Test-Events-Tab der Plattform</translation>
    </message>
    <message>
        <source>Two letters, e.g. US: completes national phone numbers</source>
        <translation>Zwei Buchstaben, z. B. US: ergänzt nationale Telefonnummern</translation>
    </message>
    <message>
        <source>Only for a proxy or a local test server</source>
        <translation>Nur für einen Proxy oder einen lokalen Testserver</translation>
    </message>
    <message>
        <source>Test event code</source>
        <translation>Test-Event-Code</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Standardland</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Sending the platform&apos;s test request…</source>
        <translation>Testanfrage der Plattform wird gesendet…</translation>
    </message>
    <message>
        <source>Sending a test event…</source>
        <translation>Test-Event wird gesendet…</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Test-Event senden</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>No platform is connected yet. Add one to send your conversions to Meta, Google, TikTok and the others.</source>
        <translation>Noch ist keine Plattform verbunden. Fügen Sie eine hinzu, um Ihre Conversions an Meta, Google, TikTok und die anderen zu senden.</translation>
    </message>
    <message>
        <source>%1. Where: %2</source>
        <translation>%1. Wo: %2</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>%1 im Browser öffnen</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Paste the token here</source>
        <translation>Token hier einfügen</translation>
    </message>
    <message>
        <source>Stored in the keychain. Type a new token to replace it</source>
        <translation>Im Schlüsselbund gespeichert. Geben Sie ein neues Token ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Needs a reconnect: %1 Paste a new token and save.</source>
        <translation>Neu verbinden erforderlich: %1 Fügen Sie ein neues Token ein und speichern Sie.</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Send past conversions…</source>
        <translation>Frühere Conversions senden…</translation>
    </message>
    <message>
        <source>Queue conversions stored before a platform was connected</source>
        <translation>Conversions einreihen, die gespeichert wurden, bevor eine Plattform verbunden war</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConnectorPages</name>
    <message>
        <source>Connector: no platform connected</source>
        <translation>Connector: keine Plattform verbunden</translation>
    </message>
    <message numerus="yes">
        <source>Connector: %n connection(s) need a reconnect</source>
        <translation>
            <numerusform>Connector: %n Verbindung muss neu verbunden werden</numerusform>
            <numerusform>Connector: %n Verbindungen müssen neu verbunden werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Connector: %1 waiting, %2 failed</source>
        <translation>Connector: %1 wartend, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The token could not be stored: %1</source>
        <translation>Das Token konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved. The token is in the system keychain.</source>
        <translation>Gespeichert. Das Token liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Saved. No keychain service runs: the token is kept in %1, readable only by you.</source>
        <translation>Gespeichert. Es läuft kein Schlüsselbunddienst: Das Token wird in %1 gespeichert und ist nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its token is deleted and deliveries not yet sent to it are dropped. What was sent stays sent.</source>
        <translation>&quot;%1&quot; entfernen? Das Token wird gelöscht, und noch nicht gesendete Zustellungen werden verworfen. Bereits Gesendetes bleibt gesendet.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConversionRepository</name>
    <message>
        <source>A conversion must name stored events.</source>
        <translation>Eine Conversion muss gespeicherte Events angeben.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConversionRetraction</name>
    <message>
        <source>Retracted: the rule no longer produces this conversion.</source>
        <translation>Zurückgezogen: Die Regel erzeugt diese Conversion nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConversionsPage</name>
    <message>
        <source>Conversion rules</source>
        <translation>Conversion-Regeln</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Blank rule</source>
        <translation>Leere Regel</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>Aus einer Vorlage</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Tick a rule to evaluate new events against it as they arrive.</source>
        <translation>Haken Sie eine Regel an, um neue Events beim Eintreffen damit abzugleichen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Storing the conversions failed: %1</source>
        <translation>Speichern der Conversions fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has changes that are not saved.</source>
        <translation>Die Regel &quot;%1&quot; hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>New conversion</source>
        <translation>Neue Conversion</translation>
    </message>
    <message>
        <source>Give the rule a name before saving.</source>
        <translation>Geben Sie der Regel vor dem Speichern einen Namen.</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot;? Its %n stored conversion(s) are removed too; conversions already sent to platforms stay there.</source>
        <translation>
            <numerusform>&quot;%1&quot; löschen? Die %n gespeicherte Conversion wird ebenfalls entfernt; bereits an Plattformen gesendete Conversions bleiben dort.</numerusform>
            <numerusform>&quot;%1&quot; löschen? Die %n gespeicherten Conversions werden ebenfalls entfernt; bereits an Plattformen gesendete Conversions bleiben dort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting failed: %1</source>
        <translation>Löschen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Import conversion rules</source>
        <translation>Conversion-Regeln importieren</translation>
    </message>
    <message>
        <source>Rule files (*.json)</source>
        <translation>Regeldateien (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid rule file.

%2</source>
        <translation>%1 ist keine gültige Regeldatei.

%2</translation>
    </message>
    <message>
        <source>Storing &quot;%1&quot; failed: %2</source>
        <translation>Speichern von &quot;%1&quot; fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s).</source>
        <translation>
            <numerusform>%n Regel importiert.</numerusform>
            <numerusform>%n Regeln importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export conversion rule</source>
        <translation>Conversion-Regel exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>New rule, not saved yet: the preview shows what it would match.</source>
        <translation>Neue Regel, noch nicht gespeichert: Die Vorschau zeigt, was sie erfassen würde.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>ConvStudio::CreditedSaleListModel</name>
    <message>
        <source>correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Program or offer</source>
        <translation>Programm oder Angebot</translation>
    </message>
    <message>
        <source>Sub-id</source>
        <translation>Sub-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Sale amount</source>
        <translation>Verkaufsbetrag</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
</context>
<context>
    <name>ConvStudio::CsvImport</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The mapping names columns this file does not have: %1. Columns found: %2.</source>
        <translation>Das Mapping nennt Spalten, die diese Datei nicht hat: %1. Gefundene Spalten: %2.</translation>
    </message>
    <message>
        <source>The generic preset needs a mapping file (--mapping FILE).</source>
        <translation>Das generische Preset benötigt eine Mapping-Datei (--mapping FILE).</translation>
    </message>
    <message>
        <source>There is no preset &apos;%1&apos;. Presets: %2.</source>
        <translation>Es gibt kein Preset &apos;%1&apos;. Presets: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone; use an IANA name such as Europe/Berlin, UTC, or an offset such as -0500.</source>
        <translation>&apos;%1&apos; ist keine Zeitzone; verwenden Sie einen IANA-Namen wie Europe/Berlin, UTC oder einen Offset wie -0500.</translation>
    </message>
    <message>
        <source>Recording the import progress failed: %1</source>
        <translation>Speichern des Importfortschritts fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The file has a header (%n column(s)) but no data rows.</source>
        <translation>
            <numerusform>Die Datei hat eine Kopfzeile (%n Spalte), aber keine Datenzeilen.</numerusform>
            <numerusform>Die Datei hat eine Kopfzeile (%n Spalten), aber keine Datenzeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::CsvMapContext</name>
    <message>
        <source>the time is empty</source>
        <translation>die Zeitangabe ist leer</translation>
    </message>
</context>
<context>
    <name>ConvStudio::CsvMapping</name>
    <message>
        <source>A mapping must be a JSON object.</source>
        <translation>Ein Mapping muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;decimal&quot; must be &quot;auto&quot;, &quot;dot&quot; or &quot;comma&quot;, not &quot;%1&quot;.</source>
        <translation>&quot;decimal&quot; muss &quot;auto&quot;, &quot;dot&quot; oder &quot;comma&quot; sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;date_order&quot; must be &quot;auto&quot;, &quot;day-first&quot; or &quot;month-first&quot;, not &quot;%1&quot;.</source>
        <translation>&quot;date_order&quot; muss &quot;auto&quot;, &quot;day-first&quot; oder &quot;month-first&quot; sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;amount_unit&quot; must be &quot;major&quot; or &quot;minor&quot;, not &quot;%1&quot;.</source>
        <translation>&quot;amount_unit&quot; muss &quot;major&quot; oder &quot;minor&quot; sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;timezone&quot; &quot;%1&quot; is not a time zone such as Europe/Berlin or -0500.</source>
        <translation>&quot;timezone&quot; &quot;%1&quot; ist keine Zeitzone wie Europe/Berlin oder -0500.</translation>
    </message>
    <message>
        <source>A mapping needs &quot;columns&quot;: which column feeds which event field.</source>
        <translation>Ein Mapping benötigt &quot;columns&quot;: welche Spalte welches Event-Feld befüllt.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: &quot;%2&quot; is not an event field (use event_id, name, time, value, currency, order_id, status, user.*, click_ids.*, attributes.*, items.* or ignore).</source>
        <translation>Spalte &quot;%1&quot;: &quot;%2&quot; ist kein Event-Feld (verwenden Sie event_id, name, time, value, currency, order_id, status, user.*, click_ids.*, attributes.*, items.* oder ignore).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; must map to a field name.</source>
        <translation>Spalte &quot;%1&quot; muss einem Feldnamen zugeordnet werden.</translation>
    </message>
    <message>
        <source>Every entry of &quot;columns&quot; needs a &quot;column&quot;.</source>
        <translation>Jeder Eintrag in &quot;columns&quot; benötigt eine &quot;column&quot;.</translation>
    </message>
    <message>
        <source>The mapping has no column for &quot;time&quot;.</source>
        <translation>Das Mapping hat keine Spalte für &quot;time&quot;.</translation>
    </message>
    <message>
        <source>The mapping has no column for &quot;name&quot; and no &quot;event_name&quot;.</source>
        <translation>Das Mapping hat keine Spalte für &quot;name&quot; und kein &quot;event_name&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2.</source>
        <translation>Das Mapping %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The mapping %1 is not valid JSON.</source>
        <translation>Das Mapping %1 ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The mapping %1 is not usable: %2</source>
        <translation>Das Mapping %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::CsvPresetRegistry</name>
    <message>
        <source>No preset recognises this file. Columns found: %1. Choose a preset with --preset NAME (%2), or map the columns to event fields in a mapping file and pass it with --mapping FILE, e.g. {&quot;columns&quot;: {&quot;%3&quot;: &quot;event_id&quot;, …}, &quot;event_name&quot;: &quot;Purchase&quot;}.</source>
        <translation>Kein Preset erkennt diese Datei. Gefundene Spalten: %1. Wählen Sie ein Preset mit --preset NAME (%2) oder ordnen Sie die Spalten in einer Mapping-Datei Event-Feldern zu und übergeben Sie diese mit --mapping FILE, z. B. {&quot;columns&quot;: {&quot;%3&quot;: &quot;event_id&quot;, …}, &quot;event_name&quot;: &quot;Purchase&quot;}.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::CsvReader</name>
    <message>
        <source>This is a ZIP archive (such as an Excel .xlsx workbook), not a CSV file. Save it as CSV (comma-separated values) and import that file.</source>
        <translation>Dies ist ein ZIP-Archiv (etwa eine Excel-Arbeitsmappe .xlsx), keine CSV-Datei. Speichern Sie es als CSV (durch Kommas getrennte Werte) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>This is a binary file (it contains NUL bytes), not a CSV text file.</source>
        <translation>Dies ist eine Binärdatei (sie enthält NUL-Bytes), keine CSV-Textdatei.</translation>
    </message>
    <message>
        <source>This is a binary file (it is full of control characters), not a CSV text file.</source>
        <translation>Dies ist eine Binärdatei (sie ist voller Steuerzeichen), keine CSV-Textdatei.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file holds only a byte-order mark and no data.</source>
        <translation>Die Datei enthält nur eine Byte-Order-Mark und keine Daten.</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;; use UTF-8, UTF-16LE, UTF-16BE or Windows-1252.</source>
        <translation>Unbekannte Kodierung &apos;%1&apos;; verwenden Sie UTF-8, UTF-16LE, UTF-16BE oder Windows-1252.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed within %1 MB</source>
        <translation>ein in dieser Zeile geöffnetes Feld in Anführungszeichen wird nicht innerhalb von %1 MB geschlossen</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is never closed (the file ends inside it)</source>
        <translation>ein in dieser Zeile geöffnetes Feld in Anführungszeichen wird nie geschlossen (die Datei endet darin)</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2 columns</source>
        <translation>%1 Felder, aber die Kopfzeile hat %2 Spalten</translation>
    </message>
</context>
<context>
    <name>ConvStudio::CsvValues</name>
    <message>
        <source>&apos;%1&apos; has no time zone; say which one with --timezone (e.g. --timezone Europe/Berlin) or in the mapping</source>
        <translation>&apos;%1&apos; hat keine Zeitzone; geben Sie sie mit --timezone (z. B. --timezone Europe/Berlin) oder im Mapping an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time this importer recognises</source>
        <translation>&apos;%1&apos; ist kein Datum mit Uhrzeit, das dieser Import erkennt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; ist kein Betrag</translation>
    </message>
</context>
<context>
    <name>ConvStudio::Database</name>
    <message>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation>Der Ordner %1 für den Arbeitsbereich kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Conversion Studio workspace (not an SQLite database).</source>
        <translation>%1 ist kein Conversion-Studio-Arbeitsbereich (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 was made by a newer version of Conversion Studio (format %2; this version reads up to %3). It was not changed: open it with the newer version.</source>
        <translation>Der Arbeitsbereich %1 wurde mit einer neueren Version von Conversion Studio erstellt (Format %2; diese Version liest bis Format %3). Er wurde nicht geändert: Öffnen Sie ihn mit der neueren Version.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Cannot update the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot update the workspace %1 to format %2: %3</source>
        <translation>Der Arbeitsbereich %1 kann nicht auf Format %2 aktualisiert werden: %3</translation>
    </message>
</context>
<context>
    <name>ConvStudio::DeliveriesPage</name>
    <message>
        <source>All deliveries</source>
        <translation>Alle Zustellungen</translation>
    </message>
    <message>
        <source>Filter by conversion or dedup id</source>
        <translation>Nach Conversion oder Dedup-ID filtern</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>needs reconnect</source>
        <translation>neu verbinden erforderlich</translation>
    </message>
    <message>
        <source>No platform is connected yet: add one on the Connections page, and every conversion your rules find is delivered from here.</source>
        <translation>Noch ist keine Plattform verbunden: Fügen Sie auf der Seite Verbindungen eine hinzu, dann wird jede Conversion, die Ihre Regeln finden, von hier aus zugestellt.</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(s)</source>
        <translation>
            <numerusform>%n Zustellung</numerusform>
            <numerusform>%n Zustellungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::DeliveryQueue</name>
    <message>
        <source>%1 cannot take this conversion.</source>
        <translation>%1 kann diese Conversion nicht annehmen.</translation>
    </message>
    <message numerus="yes">
        <source>Older than %1 accepts (%n day(s)).</source>
        <translation>
            <numerusform>Älter, als %1 akzeptiert (%n Tag).</numerusform>
            <numerusform>Älter, als %1 akzeptiert (%n Tage).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::DeliveryWorker</name>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Diese Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No test request can be built for %1.</source>
        <translation>Für %1 kann keine Testanfrage erstellt werden.</translation>
    </message>
    <message>
        <source>No access token is stored for this connection yet.</source>
        <translation>Für diese Verbindung ist noch kein Zugriffstoken gespeichert.</translation>
    </message>
    <message>
        <source>%1 accepted the test event (HTTP %2).</source>
        <translation>%1 hat das Test-Event angenommen (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 Reconnect: enter a new access token.</source>
        <translation>%1 Neu verbinden: Geben Sie ein neues Zugriffstoken ein.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventDetailView</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Standard name</source>
        <translation>Standardname</translation>
    </message>
    <message>
        <source>custom event</source>
        <translation>benutzerdefiniertes Event</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Event-ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Action source</source>
        <translation>Aktionsquelle</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Click ids</source>
        <translation>Klick-IDs</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Select an event to see all its fields.</source>
        <translation>Wählen Sie ein Event aus, um alle seine Felder zu sehen.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventIndexDeferral</name>
    <message>
        <source>Building the event indexes failed: %1</source>
        <translation>Das Erstellen der Ereignis-Indizes ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventIngest</name>
    <message>
        <source>The demo events are missing from this build.</source>
        <translation>Die Demo-Events fehlen in diesem Build.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventParser</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>ein nicht unterstützter Wert</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be %2, not %3</source>
        <translation>Feld &apos;%1&apos; muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>field &apos;time&apos;: a unix time cannot be negative</source>
        <translation>Feld &apos;time&apos;: Eine Unix-Zeit kann nicht negativ sein</translation>
    </message>
    <message>
        <source>field &apos;time&apos;: %1 is not a unix time</source>
        <translation>Feld &apos;time&apos;: %1 ist keine Unix-Zeit</translation>
    </message>
    <message>
        <source>an ISO-8601 string or a unix time</source>
        <translation>ein ISO-8601-String oder eine Unix-Zeit</translation>
    </message>
    <message>
        <source>field &apos;time&apos;: &apos;%1&apos; has no time zone; add &apos;Z&apos; or an offset such as &apos;+01:00&apos;</source>
        <translation>Feld &apos;time&apos;: &apos;%1&apos; hat keine Zeitzone; ergänzen Sie &apos;Z&apos; oder einen Offset wie &apos;+01:00&apos;</translation>
    </message>
    <message>
        <source>field &apos;time&apos;: &apos;%1&apos; is not an ISO-8601 date-time or a unix time</source>
        <translation>Feld &apos;time&apos;: &apos;%1&apos; ist weder ein ISO-8601-Datum mit Uhrzeit noch eine Unix-Zeit</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>an event must be a JSON object, not %1</source>
        <translation>ein Event muss ein JSON-Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is required</source>
        <translation>Feld &apos;%1&apos; ist erforderlich</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is empty</source>
        <translation>Feld &apos;%1&apos; ist leer</translation>
    </message>
    <message>
        <source>field &apos;time&apos; is required</source>
        <translation>Feld &apos;time&apos; ist erforderlich</translation>
    </message>
    <message>
        <source>field &apos;action_source&apos;: &apos;%1&apos; is not one of website, app, email, phone_call, chat, physical_store, system_generated, other</source>
        <translation>Feld &apos;action_source&apos;: &apos;%1&apos; ist keiner der Werte website, app, email, phone_call, chat, physical_store, system_generated, other</translation>
    </message>
    <message>
        <source>field &apos;value&apos;: &apos;%1&apos; is not a plain decimal number such as &quot;129.95&quot;</source>
        <translation>Feld &apos;value&apos;: &apos;%1&apos; ist keine einfache Dezimalzahl wie &quot;129.95&quot;</translation>
    </message>
    <message>
        <source>field &apos;currency&apos;: &apos;%1&apos; is not a three-letter ISO-4217 code</source>
        <translation>Feld &apos;currency&apos;: &apos;%1&apos; ist kein dreistelliger ISO-4217-Code</translation>
    </message>
    <message>
        <source>a string, number or boolean</source>
        <translation>ein String, eine Zahl oder ein Boolean</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventRepository</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>Der Arbeitsbereich ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventStreamReader</name>
    <message>
        <source>unexpected text after the closing &apos;]&apos;</source>
        <translation>unerwarteter Text nach der schließenden &apos;]&apos;</translation>
    </message>
    <message>
        <source>the JSON array is not closed: &apos;]&apos; is missing at the end of the file</source>
        <translation>das JSON-Array ist nicht geschlossen: &apos;]&apos; fehlt am Dateiende</translation>
    </message>
    <message>
        <source>empty element in the JSON array</source>
        <translation>leeres Element im JSON-Array</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventTableModel</name>
    <message>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Standard name</source>
        <translation>Standardname</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Click ids</source>
        <translation>Klick-IDs</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventsCommand</name>
    <message>
        <source>Usage: convstudio events add --input FILE [--json]
       convstudio events list [--json] [--limit N] [--name NAME] [--since ISO] [--until ISO]

Store canonical events (JSON Lines or a JSON array) and list them.
</source>
        <translation>Aufruf: convstudio events add --input FILE [--json]
        convstudio events list [--json] [--limit N] [--name NAME] [--since ISO] [--until ISO]

Kanonische Events (JSON Lines oder ein JSON-Array) speichern und auflisten.
</translation>
    </message>
    <message>
        <source>&apos;events %1&apos; is not a command. Try &apos;convstudio events --help&apos;.</source>
        <translation>&apos;events %1&apos; ist kein Befehl. Siehe &apos;convstudio events --help&apos;.</translation>
    </message>
    <message>
        <source>Canonical events: JSON Lines or one JSON array; - is stdin.</source>
        <translation>Kanonische Events: JSON Lines oder ein JSON-Array; - steht für stdin.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print the summary as one JSON object.</source>
        <translation>Die Zusammenfassung als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Reads canonical events and stores them in the workspace. Events already stored (same source and event_id) are skipped.</source>
        <translation>Liest kanonische Events und speichert sie im Arbeitsbereich. Bereits gespeicherte Events (gleiche Quelle und event_id) werden übersprungen.</translation>
    </message>
    <message>
        <source>events add needs --input FILE (use - for standard input).</source>
        <translation>events add benötigt --input FILE (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 duplicates skipped, %4 rejected.</source>
        <translation>%1: %2 hinzugefügt, %3 Duplikate übersprungen, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  Zeile %1: %2</translation>
    </message>
    <message>
        <source>Storing events from %1 failed: %2</source>
        <translation>Speichern der Events aus %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Print JSON Lines: each canonical event with &quot;standard_name&quot;.</source>
        <translation>JSON Lines ausgeben: jedes kanonische Event mit &quot;standard_name&quot;.</translation>
    </message>
    <message>
        <source>Print at most N events.</source>
        <translation>Höchstens N Events ausgeben.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Only events whose raw or standard name is NAME.</source>
        <translation>Nur Events, deren Roh- oder Standardname NAME ist.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only events at or after this time.</source>
        <translation>Nur Events ab diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Only events before this time.</source>
        <translation>Nur Events vor diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>Lists stored events in time order.</source>
        <translation>Listet gespeicherte Events in zeitlicher Reihenfolge auf.</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a whole number.</source>
        <translation>--limit &apos;%1&apos; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Listing events failed: %1</source>
        <translation>Auflisten der Events fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventsPage</name>
    <message>
        <source>Search events (Ctrl+F)</source>
        <translation>Events durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>Beliebiges Event</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Events</translation>
    </message>
    <message>
        <source>Events are what your customers did: orders, leads, sign-ups. Bring them in from a store or network export, try the demo workspace, or receive them live.</source>
        <translation>Events sind das, was Ihre Kunden getan haben: Bestellungen, Leads, Anmeldungen. Importieren Sie sie aus einem Shop- oder Netzwerk-Export, probieren Sie den Demo-Arbeitsbereich aus oder empfangen Sie sie live.</translation>
    </message>
    <message>
        <source>Import a CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Receive webhooks</source>
        <translation>Webhooks empfangen</translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s)</source>
        <translation>
            <numerusform>%n passendes Event</numerusform>
            <numerusform>%n passende Events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Event</numerusform>
            <numerusform>%n Events</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Show Only &quot;%1&quot;</source>
        <translation>Nur &quot;%1&quot; anzeigen</translation>
    </message>
    <message>
        <source>Show Only Source &quot;%1&quot;</source>
        <translation>Nur Quelle &quot;%1&quot; anzeigen</translation>
    </message>
    <message>
        <source>Clear this filter and show every event</source>
        <translation>Diesen Filter entfernen und alle Ereignisse zeigen</translation>
    </message>
</context>
<context>
    <name>ConvStudio::FileExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>%1 takes conversions as a file you upload by hand. Export the conversions of a rule for a period (last week&apos;s, for a weekly upload) or only the conversion shown. Conversions the file cannot take are listed with the reason.</source>
        <translation>%1 nimmt Conversions als Datei an, die Sie von Hand hochladen. Exportieren Sie die Conversions einer Regel für einen Zeitraum (die der letzten Woche für einen wöchentlichen Upload) oder nur die angezeigte Conversion. Conversions, die die Datei nicht aufnehmen kann, werden mit dem Grund aufgeführt.</translation>
    </message>
    <message>
        <source>Only the conversion shown</source>
        <translation>Nur die angezeigte Conversion</translation>
    </message>
    <message>
        <source>The conversions of a rule in a period</source>
        <translation>Die Conversions einer Regel in einem Zeitraum</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <source>from</source>
        <translation>vom</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n conversion(s) written to %1.</source>
        <translation>
            <numerusform>%n Conversion in %1 geschrieben.</numerusform>
            <numerusform>%n Conversions in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also written: %1.</source>
        <translation>Außerdem geschrieben: %1.</translation>
    </message>
    <message>
        <source>Left out (%1): %2</source>
        <translation>Ausgelassen (%1): %2</translation>
    </message>
</context>
<context>
    <name>ConvStudio::Ga4Adapter</name>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Nutzer-ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>%1: no client id (click_ids.ga_client_id from the _ga cookie): skipped</source>
        <translation>%1: keine Client-ID (click_ids.ga_client_id aus dem _ga-Cookie): übersprungen</translation>
    </message>
    <message>
        <source>%1: event older than 72 hours: skipped</source>
        <translation>%1: Event älter als 72 Stunden: übersprungen</translation>
    </message>
    <message>
        <source>%1: a purchase or refund without an order id cannot be deduplicated</source>
        <translation>%1: Ein Kauf oder eine Rückerstattung ohne Bestell-ID kann nicht dedupliziert werden</translation>
    </message>
    <message>
        <source>%1: a value without a currency is not reported as revenue</source>
        <translation>%1: Ein Wert ohne Währung wird nicht als Umsatz gemeldet</translation>
    </message>
    <message>
        <source>GA4</source>
        <translation>GA4</translation>
    </message>
</context>
<context>
    <name>ConvStudio::GenericPreset</name>
    <message>
        <source>Custom mapping</source>
        <translation>Benutzerdefiniertes Mapping</translation>
    </message>
    <message>
        <source>the time is empty</source>
        <translation>die Zeitangabe ist leer</translation>
    </message>
    <message>
        <source>status %1 is skipped by the mapping</source>
        <translation>Status %1 wird durch das Mapping übersprungen</translation>
    </message>
</context>
<context>
    <name>ConvStudio::GoogleAdsAdapter</name>
    <message>
        <source>Order id of the original conversion</source>
        <translation>Bestell-ID der ursprünglichen Conversion</translation>
    </message>
    <message>
        <source>%1: a refund needs the order id of the original conversion: skipped</source>
        <translation>%1: Eine Rückerstattung benötigt die Bestell-ID der ursprünglichen Conversion: übersprungen</translation>
    </message>
    <message>
        <source>Click id (gclid, gbraid, wbraid)</source>
        <translation>Klick-ID (gclid, gbraid, wbraid)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>%1: no gclid, gbraid, wbraid or user identifier: skipped</source>
        <translation>%1: keine gclid, gbraid, wbraid und keine Nutzerkennung: übersprungen</translation>
    </message>
    <message>
        <source>%1: no click id; the conversion counts only as an enhanced conversion for leads</source>
        <translation>%1: keine Klick-ID; die Conversion zählt nur als erweiterte Conversion für Leads</translation>
    </message>
    <message>
        <source>%1: no order id; refunds of this conversion cannot be sent later</source>
        <translation>%1: keine Bestell-ID; Rückerstattungen dieser Conversion können später nicht gesendet werden</translation>
    </message>
    <message>
        <source>Google Ads</source>
        <translation>Google Ads</translation>
    </message>
</context>
<context>
    <name>ConvStudio::GoogleAdsCsvAdapter</name>
    <message>
        <source>Order id of the original conversion</source>
        <translation>Bestell-ID der ursprünglichen Conversion</translation>
    </message>
    <message>
        <source>%1: a refund needs the order id of the original conversion: skipped</source>
        <translation>%1: Eine Rückerstattung benötigt die Bestell-ID der ursprünglichen Conversion: übersprungen</translation>
    </message>
    <message>
        <source>Click id (gclid, gbraid, wbraid)</source>
        <translation>Klick-ID (gclid, gbraid, wbraid)</translation>
    </message>
    <message>
        <source>%1: no gclid, gbraid or wbraid (the file cannot carry other identifiers): skipped</source>
        <translation>%1: keine gclid, gbraid oder wbraid (die Datei kann keine anderen Kennungen enthalten): übersprungen</translation>
    </message>
    <message>
        <source>Google Ads offline file</source>
        <translation>Offline-Datei für Google Ads</translation>
    </message>
</context>
<context>
    <name>ConvStudio::GoogleCommon</name>
    <message>
        <source>%1: both gbraid and wbraid are set; only gbraid is sent</source>
        <translation>%1: sowohl gbraid als auch wbraid sind gesetzt; nur gbraid wird gesendet</translation>
    </message>
</context>
<context>
    <name>ConvStudio::GoogleDmAdapter</name>
    <message>
        <source>%1: retracting conversions is not supported here yet; use Google Ads adjustments: skipped</source>
        <translation>%1: Das Zurückziehen von Conversions wird hier noch nicht unterstützt; verwenden Sie Anpassungen in Google Ads: übersprungen</translation>
    </message>
    <message>
        <source>Click id (gclid, gbraid, wbraid)</source>
        <translation>Klick-ID (gclid, gbraid, wbraid)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Name and address</source>
        <translation>Name und Adresse</translation>
    </message>
    <message>
        <source>%1: no gclid, gbraid, wbraid or user identifier: skipped</source>
        <translation>%1: keine gclid, gbraid, wbraid und keine Nutzerkennung: übersprungen</translation>
    </message>
    <message>
        <source>Google Data Manager</source>
        <translation>Google Data Manager</translation>
    </message>
</context>
<context>
    <name>ConvStudio::Gui</name>
    <message>
        <source>Welcome to Conversion Studio</source>
        <translation>Willkommen bei Conversion Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Conversion Studio&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Willkommen bei Conversion Studio&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Start with a demo workspace of a few hundred realistic orders, leads and affiliate sales to look around, or with an empty workspace for your own data.</source>
        <translation>Beginnen Sie mit einem Demo-Arbeitsbereich mit einigen hundert realistischen Bestellungen, Leads und Affiliate-Verkäufen, um sich umzusehen, oder mit einem leeren Arbeitsbereich für Ihre eigenen Daten.</translation>
    </message>
    <message>
        <source>Open the Demo Workspace</source>
        <translation>Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>Conversion Studio</source>
        <translation>Conversion Studio</translation>
    </message>
</context>
<context>
    <name>ConvStudio::IdentityReader</name>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>externe ID</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>user agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>%1: the phone number has no country code and no default country is set: left out</source>
        <translation>%1: Die Telefonnummer hat keine Ländervorwahl, und es ist kein Standardland festgelegt: weggelassen</translation>
    </message>
    <message>
        <source>%1: the %2 could not be normalized: left out</source>
        <translation>%1: %2 konnte nicht normalisiert werden: weggelassen</translation>
    </message>
    <message>
        <source>%1: the %2 is already hashed, but %1 takes it in clear: left out</source>
        <translation>%1: %2 ist bereits gehasht, aber %1 erwartet den Wert im Klartext: weggelassen</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ImportCommand</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Encoding: %1%2</source>
        <translation>Kodierung: %1%2</translation>
    </message>
    <message>
        <source> (the bytes are not UTF-8)</source>
        <translation> (die Bytes sind kein UTF-8)</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Trennzeichen: %1</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Preset: %1</translation>
    </message>
    <message>
        <source>none recognised</source>
        <translation>keines erkannt</translation>
    </message>
    <message>
        <source>Header (line %1): %2</source>
        <translation>Kopfzeile (Zeile %1): %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Datensätze: %1</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  Zeile %1: %2</translation>
    </message>
    <message>
        <source>The export&apos;s layout: auto (detect from the header), %1.</source>
        <translation>Das Layout des Exports: auto (aus der Kopfzeile erkennen), %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A mapping file: which column feeds which event field (the generic preset).</source>
        <translation>Eine Mapping-Datei: welche Spalte welches Event-Feld befüllt (das generische Preset).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Label of the events&apos; source (csv:LABEL); defaults to the preset.</source>
        <translation>Bezeichnung der Event-Quelle (csv:LABEL); standardmäßig das Preset.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>Zone of times the file writes without one, when the file does not declare it (Europe/Berlin, UTC, -0500).</source>
        <translation>Zeitzone für Zeitangaben ohne Zone, wenn die Datei keine angibt (Europe/Berlin, UTC, -0500).</translation>
    </message>
    <message>
        <source>TZ</source>
        <translation>TZ</translation>
    </message>
    <message>
        <source>Parse and map, but store nothing.</source>
        <translation>Parsen und zuordnen, aber nichts speichern.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Show what the reader sees: encoding, delimiter, header, rows, errors.</source>
        <translation>Anzeigen, was der Leser sieht: Kodierung, Trennzeichen, Kopfzeile, Zeilen, Fehler.</translation>
    </message>
    <message>
        <source>With --inspect: show at most N rows (default 20).</source>
        <translation>Mit --inspect: höchstens N Zeilen anzeigen (Standard: 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Force the encoding: UTF-8, UTF-16LE, UTF-16BE or Windows-1252.</source>
        <translation>Kodierung erzwingen: UTF-8, UTF-16LE, UTF-16BE oder Windows-1252.</translation>
    </message>
    <message>
        <source>Force the delimiter: , ; tab or |.</source>
        <translation>Trennzeichen erzwingen: , ; tab oder |.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>CHAR</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Die CSV-Datei.</translation>
    </message>
    <message>
        <source>Imports a CSV export (Shopify, WooCommerce, Stripe, PayPal, affiliate networks, Google Ads, Meta, HubSpot, Salesforce, or any file with a mapping) as canonical events. Re-importing a file adds nothing; an interrupted import resumes where it stopped.</source>
        <translation>Importiert einen CSV-Export (Shopify, WooCommerce, Stripe, PayPal, Affiliate-Netzwerke, Google Ads, Meta, HubSpot, Salesforce oder jede Datei mit einem Mapping) als kanonische Events. Ein erneuter Import einer Datei fügt nichts hinzu; ein unterbrochener Import wird dort fortgesetzt, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>import needs exactly one FILE. Try &apos;convstudio import --help&apos;.</source>
        <translation>import benötigt genau eine FILE. Siehe &apos;convstudio import --help&apos;.</translation>
    </message>
    <message>
        <source>--encoding &apos;%1&apos; is not one of UTF-8, UTF-16LE, UTF-16BE, Windows-1252.</source>
        <translation>--encoding &apos;%1&apos; ist keiner der Werte UTF-8, UTF-16LE, UTF-16BE, Windows-1252.</translation>
    </message>
    <message>
        <source>--delimiter &apos;%1&apos; is not one of , ; tab |.</source>
        <translation>--delimiter &apos;%1&apos; ist keiner der Werte , ; tab |.</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a whole number.</source>
        <translation>--limit &apos;%1&apos; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>%1 kann nicht gelesen werden: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1: %2 (%3, delimiter %4)</source>
        <translation>%1: %2 (%3, Trennzeichen %4)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as %1.</source>
        <translation>Die Datei ist nicht UTF-8-kodiert; sie wurde als %1 gelesen.</translation>
    </message>
    <message>
        <source>Resumed an earlier import of this file at row %1.</source>
        <translation>Ein früherer Import dieser Datei wurde ab Zeile %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Dry run: %1 rows, %2 events would be added, %3 duplicates, %4 rejected, %5 skipped.</source>
        <translation>Testlauf: %1 Zeilen, %2 Events würden hinzugefügt, %3 Duplikate, %4 abgelehnt, %5 übersprungen.</translation>
    </message>
    <message>
        <source>%1 rows: %2 events added, %3 duplicates skipped, %4 rejected, %5 skipped.</source>
        <translation>%1 Zeilen: %2 Events hinzugefügt, %3 Duplikate übersprungen, %4 abgelehnt, %5 übersprungen.</translation>
    </message>
    <message>
        <source>  line %1, column &quot;%2&quot;: %3</source>
        <translation>  Zeile %1, Spalte &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>  line %1 skipped: %2</source>
        <translation>  Zeile %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>Importing %1 failed: %2</source>
        <translation>Import von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ImportWizard</name>
    <message>
        <source>Import a CSV File</source>
        <translation>CSV-Datei importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Time zone of times without one:</source>
        <translation>Zeitzone für Zeitangaben ohne Zeitzone:</translation>
    </message>
    <message>
        <source>Event name (when no column gives one):</source>
        <translation>Event-Name (wenn keine Spalte einen liefert):</translation>
    </message>
    <message>
        <source>Save as preset:</source>
        <translation>Als Vorlage speichern:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (erkannt)</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1 (gespeichert)</translation>
    </message>
    <message>
        <source>Custom mapping</source>
        <translation>Eigene Zuordnung</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Recognised as %1.</source>
        <translation>Erkannt als %1.</translation>
    </message>
    <message>
        <source>No preset recognises these columns: map them on the next page.</source>
        <translation>Keine Vorlage erkennt diese Spalten: Ordnen Sie sie auf der nächsten Seite zu.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it is read as %1.</source>
        <translation>Die Datei ist nicht UTF-8-kodiert; sie wird als %1 gelesen.</translation>
    </message>
    <message>
        <source>The file declares the time zone %1.</source>
        <translation>Die Datei gibt die Zeitzone %1 an.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows per second</source>
        <translation>%1 Zeilen gelesen, %2 Zeilen pro Sekunde</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Der Import ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 rows read: %2 events added, %3 duplicates skipped, %4 rows rejected, %5 skipped.</source>
        <translation>%1 Zeilen gelesen: %2 Events hinzugefügt, %3 Duplikate übersprungen, %4 Zeilen abgelehnt, %5 übersprungen.</translation>
    </message>
    <message>
        <source>Cancelled. Whole batches stay stored; importing the file again continues where it stopped.</source>
        <translation>Abgebrochen. Vollständige Stapel bleiben gespeichert; ein erneuter Import der Datei setzt dort fort, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as %1.</source>
        <translation>Die Datei ist nicht UTF-8-kodiert; sie wurde als %1 gelesen.</translation>
    </message>
    <message>
        <source>%1 rows in %2 s</source>
        <translation>%1 Zeilen in %2 s</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(übersprungen)</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Event field</source>
        <translation>Event-Feld</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Name of the preset</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Edit Mapping…</source>
        <translation>Zuordnung bearbeiten…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Rejected Rows…</source>
        <translation>Abgelehnte Zeilen exportieren…</translation>
    </message>
    <message>
        <source>Show the New Events</source>
        <translation>Neue Events anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ConvStudio::IsoCodes</name>
    <message>
        <source>cannot read %1 (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1 ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the iso-codes data has an unknown layout</source>
        <translation>die iso-codes-Daten haben ein unbekanntes Format</translation>
    </message>
</context>
<context>
    <name>ConvStudio::JsonView</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>ConvStudio::LinkedInAdapter</name>
    <message>
        <source>%1: the Conversions API has no refund event: skipped</source>
        <translation>%1: die Conversions API hat kein Event für Rückerstattungen: übersprungen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Click id (li_fat_id)</source>
        <translation>Klick-ID (li_fat_id)</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>%1: no e-mail, li_fat_id, or first and last name: skipped</source>
        <translation>%1: keine E-Mail, li_fat_id oder Vor- und Nachname: übersprungen</translation>
    </message>
    <message>
        <source>%1: a value without a currency is left out</source>
        <translation>%1: ein Wert ohne Währung wird weggelassen</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ListenerCommand</name>
    <message>
        <source>Usage: convstudio listener token [--rotate] [--json]
       convstudio listener secret shopify|stripe [--clear]   (the secret on stdin)
       convstudio listener urls [--port N] [--host HOST]

The listener&apos;s token and webhook signing secrets, kept in the system keychain, and the URLs to give each network.
</source>
        <translation>Aufruf: convstudio listener token [--rotate] [--json]
        convstudio listener secret shopify|stripe [--clear]   (das Secret über stdin)
        convstudio listener urls [--port N] [--host HOST]

Das Token des Listeners und die Signatur-Secrets der Webhooks (im Schlüsselbund des Systems gespeichert) sowie die URLs, die Sie jedem Netzwerk geben.
</translation>
    </message>
    <message>
        <source>&apos;listener %1&apos; is not a command. Try &apos;convstudio listener --help&apos;.</source>
        <translation>&apos;listener %1&apos; ist kein Befehl. Siehe &apos;convstudio listener --help&apos;.</translation>
    </message>
    <message>
        <source>Replace the token with a new one; URLs with the old token stop working.</source>
        <translation>Ersetzt das Token durch ein neues; URLs mit dem alten Token funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Print {&quot;token&quot;: …, &quot;rotated&quot;: …}.</source>
        <translation>{&quot;token&quot;: …, &quot;rotated&quot;: …} ausgeben.</translation>
    </message>
    <message>
        <source>Prints the listener&apos;s token (created the first time), or rotates it.</source>
        <translation>Gibt das Token des Listeners aus (wird beim ersten Mal erstellt) oder erneuert es.</translation>
    </message>
    <message>
        <source>Cannot store the new token: %1</source>
        <translation>Das neue Token kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the listener&apos;s token: %1</source>
        <translation>Das Token des Listeners kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>warning: no system keychain is running; the token is kept in %1 (readable by you only).</source>
        <translation>Warnung: Es läuft kein Schlüsselbund des Systems; das Token wird in %1 aufbewahrt (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Remove the secret: the webhook is then refused.</source>
        <translation>Secret entfernen: Der Webhook wird dann abgelehnt.</translation>
    </message>
    <message>
        <source>shopify or stripe</source>
        <translation>shopify oder stripe</translation>
    </message>
    <message>
        <source>Stores the signing secret of Shopify (the app&apos;s client secret) or Stripe (the endpoint&apos;s whsec_… secret), read from standard input, in the system keychain.</source>
        <translation>Speichert das Signatur-Secret von Shopify (das Client-Secret der App) oder Stripe (das whsec_…-Secret des Endpunkts), gelesen von der Standardeingabe, im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>listener secret needs &apos;shopify&apos; or &apos;stripe&apos;.</source>
        <translation>listener secret benötigt &apos;shopify&apos; oder &apos;stripe&apos;.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No secret on standard input (use --clear to remove it).</source>
        <translation>Kein Secret auf der Standardeingabe (mit --clear wird es entfernt).</translation>
    </message>
    <message>
        <source>Cannot store the secret: %1</source>
        <translation>Das Secret kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The %1 signing secret was removed.</source>
        <translation>Das Signatur-Secret für %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>The %1 signing secret was stored.</source>
        <translation>Das Signatur-Secret für %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>The port serve listens on.</source>
        <translation>Der Port, auf dem serve lauscht.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The host name the networks reach this computer by.</source>
        <translation>Der Hostname, unter dem die Netzwerke diesen Computer erreichen.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Prints the URL to give each network, with its macros and the token.</source>
        <translation>Gibt die URL für jedes Netzwerk aus, mit seinen Makros und dem Token.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ListenerPage</name>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Listener on at %1</source>
        <translation>Listener aktiv unter %1</translation>
    </message>
    <message>
        <source>Rotate the Token</source>
        <translation>Token erneuern</translation>
    </message>
    <message>
        <source>the token</source>
        <translation>das Token</translation>
    </message>
    <message>
        <source>the %1 postback URL</source>
        <translation>die Postback-URL für %1</translation>
    </message>
    <message>
        <source>a test request</source>
        <translation>eine Testanfrage</translation>
    </message>
    <message>
        <source>The listener did not start: %1</source>
        <translation>Der Listener wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The secret could not be kept: %1</source>
        <translation>Das Secret konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>Receive sales and orders the moment they happen: affiliate networks call the postback URL, Shopify and Stripe send webhooks. Everything that arrives is stored in this workspace before it is answered, and flows into your conversion rules at once.</source>
        <translation>Empfangen Sie Verkäufe und Bestellungen in dem Moment, in dem sie entstehen: Affiliate-Netzwerke rufen die Postback-URL auf, Shopify und Stripe senden Webhooks. Alles, was eingeht, wird in diesem Arbeitsbereich gespeichert, bevor es beantwortet wird, und fließt sofort in Ihre Conversion-Regeln ein.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Reachable from other computers</source>
        <translation>Von anderen Computern erreichbar</translation>
    </message>
    <message>
        <source>Listen on every network interface instead of this computer only. Put HTTPS (a reverse proxy or tunnel) in front of it before networks call it.</source>
        <translation>Auf allen Netzwerkschnittstellen lauschen statt nur auf diesem Computer. Schalten Sie HTTPS (einen Reverse-Proxy oder Tunnel) davor, bevor Netzwerke ihn aufrufen.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Every postback URL and API call carries this token. Rotate it if it leaked: the old one stops working at once.</source>
        <translation>Jede Postback-URL und jeder API-Aufruf enthält dieses Token. Erneuern Sie es, falls es bekannt geworden ist: Das alte funktioniert dann sofort nicht mehr.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <source>Affiliate networks</source>
        <translation>Affiliate-Netzwerke</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>App client secret (Settings → Apps → your app → API credentials)</source>
        <translation>Client-Secret der App (Einstellungen → Apps → Ihre App → API-Zugangsdaten)</translation>
    </message>
    <message>
        <source>Signing secret whsec_… (Developers → Webhooks → your endpoint)</source>
        <translation>Signatur-Secret whsec_… (Entwickler → Webhooks → Ihr Endpunkt)</translation>
    </message>
    <message>
        <source>Save Secret</source>
        <translation>Secret speichern</translation>
    </message>
    <message>
        <source>Events API</source>
        <translation>Events-API</translation>
    </message>
    <message>
        <source>Copy Test Request</source>
        <translation>Testanfrage kopieren</translation>
    </message>
    <message>
        <source>Recent requests</source>
        <translation>Letzte Anfragen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Requests appear here as they arrive, with what became of them.</source>
        <translation>Anfragen erscheinen hier, sobald sie eintreffen, zusammen mit dem, was aus ihnen wurde.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;● On&lt;/b&gt; — listening at %1</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;● An&lt;/b&gt; — lauscht unter %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;◌ Starting…&lt;/b&gt;</source>
        <translation>&lt;b&gt;◌ Wird gestartet…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#757575&apos;&gt;○ Off&lt;/b&gt; — nothing is received</source>
        <translation>&lt;b style=&apos;color:#757575&apos;&gt;○ Aus&lt;/b&gt; — es wird nichts empfangen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>No system keychain is running, so the token and signing secrets are kept in a file only you can read.</source>
        <translation>Es läuft kein Schlüsselbund des Systems; daher werden das Token und die Signatur-Secrets in einer Datei aufbewahrt, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>Other computers can reach the listener. Only the token and the signatures protect your workspace: put HTTPS in front of it.</source>
        <translation>Andere Computer können den Listener erreichen. Nur das Token und die Signaturen schützen Ihren Arbeitsbereich: Schalten Sie HTTPS davor.</translation>
    </message>
    <message>
        <source>✓ Secret saved</source>
        <translation>✓ Secret gespeichert</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Make a new token? Every URL and integration that uses the current token stops working until you give it the new one.</source>
        <translation>Neues Token erstellen? Jede URL und jede Integration, die das aktuelle Token verwendet, funktioniert erst wieder, wenn Sie ihr das neue geben.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ListenerSecrets</name>
    <message>
        <source>The secret could not be stored.</source>
        <translation>Das Secret konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ListenerServer</name>
    <message>
        <source>The body is not valid JSON (byte %1): %2</source>
        <translation>Der Body ist kein gültiges JSON (Byte %1): %2</translation>
    </message>
    <message>
        <source>The body is not valid JSON.</source>
        <translation>Der Body ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: the port is in use or the address is not on this computer.</source>
        <translation>Lauschen auf %1, Port %2 nicht möglich: Der Port ist belegt oder die Adresse gehört nicht zu diesem Computer.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests from %1; asked to retry in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen von %1; Aufforderung, es in %n Sekunde erneut zu versuchen.</numerusform>
            <numerusform>Zu viele Anfragen von %1; Aufforderung, es in %n Sekunden erneut zu versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is at %1. The listener answers /v1/events, /postback/&lt;network&gt;, /webhooks/shopify, /webhooks/stripe and /health.</source>
        <translation>Unter %1 gibt es nichts. Der Listener beantwortet /v1/events, /postback/&lt;network&gt;, /webhooks/shopify, /webhooks/stripe und /health.</translation>
    </message>
    <message>
        <source>%1 does not accept %2.</source>
        <translation>%1 akzeptiert %2 nicht.</translation>
    </message>
    <message>
        <source>The body is larger than the limit of %1 bytes.</source>
        <translation>Der Body überschreitet das Limit von %1 Bytes.</translation>
    </message>
    <message>
        <source>The bearer token is not the listener&apos;s token.</source>
        <translation>Das Bearer-Token ist nicht das Token des Listeners.</translation>
    </message>
    <message>
        <source>Send the listener&apos;s token as &apos;Authorization: Bearer &lt;token&gt;&apos;.</source>
        <translation>Senden Sie das Token des Listeners als &apos;Authorization: Bearer &lt;token&gt;&apos;.</translation>
    </message>
    <message>
        <source>The body must be one event (a JSON object) or an array of events.</source>
        <translation>Der Body muss ein einzelnes Event (ein JSON-Objekt) oder ein Array von Events sein.</translation>
    </message>
    <message>
        <source>The array holds no event.</source>
        <translation>Das Array enthält kein Event.</translation>
    </message>
    <message>
        <source>No event is valid: %1</source>
        <translation>Kein Event ist gültig: %1</translation>
    </message>
    <message>
        <source>The postback URL has no token=… parameter.</source>
        <translation>Die Postback-URL enthält keinen token=…-Parameter.</translation>
    </message>
    <message>
        <source>The token in the postback URL is not the listener&apos;s token (rotated?).</source>
        <translation>Das Token in der Postback-URL ist nicht das Token des Listeners (erneuert?).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a network the listener knows; use /postback/generic for any tracker.</source>
        <translation>&apos;%1&apos; ist kein Netzwerk, das der Listener kennt; verwenden Sie /postback/generic für beliebige Tracker.</translation>
    </message>
    <message>
        <source>The postback does not make a valid sale: %1</source>
        <translation>Das Postback ergibt keinen gültigen Verkauf: %1</translation>
    </message>
    <message>
        <source>No Shopify signing secret is set: paste the app&apos;s client secret on the Listener page.</source>
        <translation>Es ist kein Signatur-Secret für Shopify festgelegt: Fügen Sie das Client-Secret der App auf der Listener-Seite ein.</translation>
    </message>
    <message>
        <source>The request has no X-Shopify-Hmac-Sha256 header.</source>
        <translation>Die Anfrage hat keinen X-Shopify-Hmac-Sha256-Header.</translation>
    </message>
    <message>
        <source>X-Shopify-Hmac-Sha256 does not match the body and the signing secret.</source>
        <translation>X-Shopify-Hmac-Sha256 passt nicht zum Body und zum Signatur-Secret.</translation>
    </message>
    <message>
        <source>No Stripe signing secret is set: paste the endpoint&apos;s whsec_… secret on the Listener page.</source>
        <translation>Es ist kein Signatur-Secret für Stripe festgelegt: Fügen Sie das whsec_…-Secret des Endpunkts auf der Listener-Seite ein.</translation>
    </message>
    <message>
        <source>The request has no Stripe-Signature header.</source>
        <translation>Die Anfrage hat keinen Stripe-Signature-Header.</translation>
    </message>
    <message>
        <source>The Stripe-Signature header has no t= timestamp or no v1= signature.</source>
        <translation>Dem Stripe-Signature-Header fehlt der Zeitstempel t= oder die Signatur v1=.</translation>
    </message>
    <message>
        <source>Stripe-Signature does not match the body and the signing secret.</source>
        <translation>Stripe-Signature passt nicht zum Body und zum Signatur-Secret.</translation>
    </message>
    <message numerus="yes">
        <source>The Stripe-Signature timestamp is more than %n second(s) away from now (a replay?).</source>
        <translation>
            <numerusform>Der Zeitstempel in Stripe-Signature liegt mehr als %n Sekunde von jetzt entfernt (ein Replay?).</numerusform>
            <numerusform>Der Zeitstempel in Stripe-Signature liegt mehr als %n Sekunden von jetzt entfernt (ein Replay?).</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace could not store the request; nothing was kept. Retry later. (%1)</source>
        <translation>Der Arbeitsbereich konnte die Anfrage nicht speichern; es wurde nichts übernommen. Versuchen Sie es später erneut. (%1)</translation>
    </message>
    <message>
        <source>%1 sale %2: %3.</source>
        <translation>%1-Verkauf %2: %3.</translation>
    </message>
    <message>
        <source>Already recorded: %1 sale %2 is %3.</source>
        <translation>Bereits erfasst: %1-Verkauf %2 hat den Status %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) stored</source>
        <translation>
            <numerusform>%n Event gespeichert</numerusform>
            <numerusform>%n Events gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already stored</source>
        <translation>
            <numerusform>, %n bereits gespeichert</numerusform>
            <numerusform>, %n bereits gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n abgelehnt</numerusform>
            <numerusform>, %n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stored (%2).</source>
        <translation>%1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>Already recorded: %1 (%2).</source>
        <translation>Bereits erfasst: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ConvStudio::MainWindow</name>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Payloads</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>%1 (coming)</source>
        <translation>%1 (demnächst)</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>This part of Conversion Studio is not built yet.</source>
        <translation>Dieser Teil von Conversion Studio ist noch nicht fertig.</translation>
    </message>
    <message>
        <source>%1 is coming in a later version.</source>
        <translation>%1 kommt in einer späteren Version.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Import a File…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <source>CSV and event files (*.csv *.tsv *.txt *.json *.jsonl);;All files (*)</source>
        <translation>CSV- und Event-Dateien (*.csv *.tsv *.txt *.json *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Conversion Studio</source>
        <translation>Ü&amp;ber Conversion Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — Conversion Studio</source>
        <translation>%1 — Conversion Studio</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite)</source>
        <translation>Arbeitsbereiche (*.sqlite)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite);;All files (*)</source>
        <translation>Arbeitsbereiche (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Conversion Studio</source>
        <translation>Über Conversion Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Conversion Studio %1&lt;/h3&gt;&lt;p&gt;Compose conversions from your events, preview what every ad platform would receive, and deliver them once.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Conversion Studio %1&lt;/h3&gt;&lt;p&gt;Stellen Sie Conversions aus Ihren Events zusammen, sehen Sie vorab, was jede Werbeplattform erhalten würde, und übermitteln Sie sie genau einmal.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ConvStudio::MatchCommand</name>
    <message>
        <source>A rule file to try (not stored).</source>
        <translation>Eine Regeldatei zum Ausprobieren (wird nicht gespeichert).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>List at most N conversions (default 100).</source>
        <translation>Höchstens N Conversions auflisten (Standard: 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein einzelnes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>A stored rule&apos;s id.</source>
        <translation>Die ID einer gespeicherten Regel.</translation>
    </message>
    <message>
        <source>Evaluates a rule over the workspace and prints the conversions it would produce. Nothing is stored.</source>
        <translation>Wertet eine Regel über den Arbeitsbereich aus und gibt die Conversions aus, die sie erzeugen würde. Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>match needs either --rule FILE.json or one rule id. Usage: %1</source>
        <translation>match benötigt entweder --rule FILE.json oder eine Regel-ID. Aufruf: %1</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a whole number.</source>
        <translation>--limit &apos;%1&apos; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid rule: %2</source>
        <translation>%1 ist keine gültige Regel: %2</translation>
    </message>
    <message>
        <source>There is no rule &quot;%1&quot;. &apos;convstudio rules list&apos; shows the ids.</source>
        <translation>Es gibt keine Regel &quot;%1&quot;. &apos;convstudio rules list&apos; zeigt die IDs.</translation>
    </message>
    <message>
        <source>Reading the events failed: %1</source>
        <translation>Lesen der Events fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n match(es) over %2 events.</source>
        <translation>
            <numerusform>%1: %n Treffer in %2 Events.</numerusform>
            <numerusform>%1: %n Treffer in %2 Events.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more (use --limit).</source>
        <translation>… und %1 weitere (--limit verwenden).</translation>
    </message>
</context>
<context>
    <name>ConvStudio::MatchGroupWidget</name>
    <message>
        <source>All of these are true</source>
        <translation>Alle diese Bedingungen sind erfüllt</translation>
    </message>
    <message>
        <source>Any of these is true</source>
        <translation>Mindestens eine davon ist erfüllt</translation>
    </message>
    <message>
        <source>None of these is true</source>
        <translation>Keine davon ist erfüllt</translation>
    </message>
    <message>
        <source>Move the group up</source>
        <translation>Gruppe nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the group down</source>
        <translation>Gruppe nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove this group and its conditions</source>
        <translation>Diese Gruppe und ihre Bedingungen entfernen</translation>
    </message>
    <message>
        <source>An empty &quot;any of&quot; group matches nothing. Add a condition.</source>
        <translation>Eine leere Gruppe &quot;mindestens eine&quot; trifft auf nichts zu. Fügen Sie eine Bedingung hinzu.</translation>
    </message>
    <message>
        <source>No conditions yet: every event matches. Add a condition.</source>
        <translation>Noch keine Bedingungen: Jedes Event trifft zu. Fügen Sie eine Bedingung hinzu.</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Bedingung</translation>
    </message>
    <message>
        <source>Add a condition on a field of the event or of its customer</source>
        <translation>Eine Bedingung für ein Feld des Events oder seines Kunden hinzufügen</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Gruppe</translation>
    </message>
    <message>
        <source>Add a nested group, e.g. &quot;any of&quot; several alternatives</source>
        <translation>Eine verschachtelte Gruppe hinzufügen, z. B. &quot;mindestens eine&quot; von mehreren Alternativen</translation>
    </message>
</context>
<context>
    <name>ConvStudio::MetaAdapter</name>
    <message>
        <source>%1: the Conversions API has no refund event: skipped</source>
        <translation>%1: die Conversions API hat kein Event für Rückerstattungen: übersprungen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Click id (fbc)</source>
        <translation>Klick-ID (fbc)</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>IP address and user agent</source>
        <translation>IP-Adresse und User-Agent</translation>
    </message>
    <message>
        <source>Browser id (fbp)</source>
        <translation>Browser-ID (fbp)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Birth date or gender</source>
        <translation>Geburtsdatum oder Geschlecht</translation>
    </message>
    <message>
        <source>%1: no customer information (e-mail, phone, click id, IP address): skipped</source>
        <translation>%1: keine Kundendaten (E-Mail, Telefon, Klick-ID, IP-Adresse): übersprungen</translation>
    </message>
    <message>
        <source>%1: a Purchase needs a value and a currency: skipped</source>
        <translation>%1: ein Purchase benötigt einen Wert und eine Währung: übersprungen</translation>
    </message>
    <message>
        <source>%1: website events should carry the browser&apos;s user agent</source>
        <translation>%1: Website-Events sollten den User-Agent des Browsers enthalten</translation>
    </message>
    <message>
        <source>%1: website events should carry the page URL</source>
        <translation>%1: Website-Events sollten die Seiten-URL enthalten</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
</context>
<context>
    <name>ConvStudio::MicrosoftAdapter</name>
    <message>
        <source>%1: refunds need the original conversion time; adjust them in Microsoft Advertising: skipped</source>
        <translation>%1: Rückerstattungen benötigen den ursprünglichen Conversion-Zeitpunkt; passen Sie sie in Microsoft Advertising an: übersprungen</translation>
    </message>
    <message>
        <source>Click id (msclkid)</source>
        <translation>Klick-ID (msclkid)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>%1: no msclkid, e-mail or phone: skipped</source>
        <translation>%1: keine msclkid, E-Mail oder Telefonnummer: übersprungen</translation>
    </message>
    <message>
        <source>Microsoft Advertising</source>
        <translation>Microsoft Advertising</translation>
    </message>
</context>
<context>
    <name>ConvStudio::MicrosoftCsvAdapter</name>
    <message>
        <source>Click id (msclkid)</source>
        <translation>Klick-ID (msclkid)</translation>
    </message>
    <message>
        <source>%1: refunds need the original conversion time; adjust them in Microsoft Advertising: skipped</source>
        <translation>%1: Rückerstattungen benötigen den ursprünglichen Conversion-Zeitpunkt; passen Sie sie in Microsoft Advertising an: übersprungen</translation>
    </message>
    <message>
        <source>%1: no msclkid: skipped</source>
        <translation>%1: keine msclkid: übersprungen</translation>
    </message>
    <message>
        <source>Microsoft Advertising bulk file</source>
        <translation>Massendatei für Microsoft Advertising</translation>
    </message>
</context>
<context>
    <name>ConvStudio::OfflineFileExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is nothing to write: no conversion could go into the file.</source>
        <translation>Es gibt nichts zu schreiben: Keine Conversion konnte in die Datei aufgenommen werden.</translation>
    </message>
    <message>
        <source>No conversions in this range.</source>
        <translation>Keine Conversions in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n conversion(s) can go into the file.</source>
        <translation>
            <numerusform>Die %n Conversion kann nicht in die Datei aufgenommen werden.</numerusform>
            <numerusform>Keine der %n Conversions kann in die Datei aufgenommen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::OutboxTableModel</name>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Wartet auf erneuten Versuch</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Platform&apos;s answer</source>
        <translation>Antwort der Plattform</translation>
    </message>
</context>
<context>
    <name>ConvStudio::PayloadColumn</name>
    <message>
        <source>Copied (secrets masked)</source>
        <translation>Kopiert (Geheimnisse maskiert)</translation>
    </message>
    <message>
        <source>Exact bytes</source>
        <translation>Exakte Bytes</translation>
    </message>
    <message>
        <source>The body byte for byte, as the outbox holds it and the platform receives it</source>
        <translation>Der Inhalt Byte für Byte, wie der Postausgang ihn hält und die Plattform ihn erhält</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Match signals, what was hashed from what, the foldable body</source>
        <translation>Abgleichsmerkmale, was woraus gehasht wurde, der aufklappbare Inhalt</translation>
    </message>
    <message>
        <source>No conversion</source>
        <translation>Keine Conversion</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Ready, with warnings</source>
        <translation>Bereit, mit Warnungen</translation>
    </message>
    <message>
        <source>Match quality: %1 · %p%</source>
        <translation>Abgleichsqualität: %1 · %p%</translation>
    </message>
    <message>
        <source>Queued for delivery (%1): these are the stored bytes, sent as they are.</source>
        <translation>Zur Zustellung eingereiht (%1): Das sind die gespeicherten Bytes, sie werden unverändert gesendet.</translation>
    </message>
    <message>
        <source>Not queued yet: this is exactly what the outbox would store.</source>
        <translation>Noch nicht eingereiht: genau das würde der Postausgang speichern.</translation>
    </message>
    <message>
        <source>Not connected: a preview with placeholder ids.</source>
        <translation>Nicht verbunden: eine Vorschau mit Platzhalter-IDs.</translation>
    </message>
    <message>
        <source>A file to upload by hand: nothing is sent.</source>
        <translation>Eine Datei zum Hochladen von Hand: Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing would be sent.</source>
        <translation>Es würde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::PayloadCommand</name>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>line %1: %2 (left out)</source>
        <translation>Zeile %1: %2 (ausgelassen)</translation>
    </message>
    <message>
        <source>== %1 (%2): %3 ready, %4 with warnings, %5 skipped, %6 request(s)</source>
        <translation>== %1 (%2): %3 bereit, %4 mit Warnungen, %5 übersprungen, %6 Anfrage(n)</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>  %1: %2, match quality %3 (%4)</source>
        <translation>  %1: %2, Match-Qualität %3 (%4)</translation>
    </message>
    <message>
        <source>Platform ids, comma-separated: meta, google_ads, ga4, tiktok …</source>
        <translation>Plattform-IDs, durch Kommas getrennt: meta, google_ads, ga4, tiktok …</translation>
    </message>
    <message>
        <source>ID[,ID...]</source>
        <translation>ID[,ID...]</translation>
    </message>
    <message>
        <source>Canonical events (JSON Lines or an array; - is stdin), each taken as a conversion of its own standard name.</source>
        <translation>Kanonische Events (JSON Lines oder ein Array; - steht für stdin), jeweils als Conversion ihres eigenen Standardnamens behandelt.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A stored conversion.</source>
        <translation>Eine gespeicherte Conversion.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The conversions of a stored rule.</source>
        <translation>Die Conversions einer gespeicherten Regel.</translation>
    </message>
    <message>
        <source>ISO code that completes national phone numbers, e.g. US.</source>
        <translation>ISO-Code, mit dem nationale Telefonnummern ergänzt werden, z. B. US.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Connection settings (JSON): ids, test event code, event name overrides.</source>
        <translation>Verbindungseinstellungen (JSON): IDs, Test-Event-Code, abweichende Event-Namen.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <source>Print a JSON array with one object per platform.</source>
        <translation>Ein JSON-Array mit einem Objekt pro Plattform ausgeben.</translation>
    </message>
    <message>
        <source>The time the event-age windows are measured from (default: the current time).</source>
        <translation>Der Zeitpunkt, ab dem die Zeitfenster für das Event-Alter gemessen werden (Standard: die aktuelle Zeit).</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Builds the exact requests each platform would receive, with a verdict per conversion (ready, warning or skipped, and why) and a match-quality estimate. Nothing is sent; secrets are masked.</source>
        <translation>Erstellt genau die Anfragen, die jede Plattform erhalten würde, mit einer Bewertung pro Conversion (bereit, Warnung oder übersprungen, und warum) und einer Schätzung der Match-Qualität. Es wird nichts gesendet; Secrets werden maskiert.</translation>
    </message>
    <message>
        <source>payload needs --platform, one or more of: %1.</source>
        <translation>payload benötigt --platform, eine oder mehrere von: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a platform. Known platforms: %2.</source>
        <translation>&apos;%1&apos; ist keine Plattform. Bekannte Plattformen: %2.</translation>
    </message>
    <message>
        <source>payload needs exactly one of --input FILE, --conversion ID or --rule ID.</source>
        <translation>payload benötigt genau eine der Optionen --input FILE, --conversion ID oder --rule ID.</translation>
    </message>
    <message>
        <source>The connection settings are not usable: %1.</source>
        <translation>Die Verbindungseinstellungen sind nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>--default-country &apos;%1&apos; is not a two-letter ISO code such as US or DE.</source>
        <translation>--default-country &apos;%1&apos; ist kein zweistelliger ISO-Code wie US oder DE.</translation>
    </message>
    <message>
        <source>There is no rule &apos;%1&apos;. See &apos;convstudio rules list&apos;.</source>
        <translation>Es gibt keine Regel &apos;%1&apos;. Siehe &apos;convstudio rules list&apos;.</translation>
    </message>
    <message>
        <source>Reading the workspace failed: %1</source>
        <translation>Lesen des Arbeitsbereichs fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>There is no conversion &apos;%1&apos;. See &apos;convstudio match&apos;.</source>
        <translation>Es gibt keine Conversion &apos;%1&apos;. Siehe &apos;convstudio match&apos;.</translation>
    </message>
    <message>
        <source>No events to build payloads for.</source>
        <translation>Keine Events, für die Payloads erstellt werden können.</translation>
    </message>
    <message>
        <source>The rule has no conversions in this workspace yet.</source>
        <translation>Die Regel hat in diesem Arbeitsbereich noch keine Conversions.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::PayloadsPage</name>
    <message>
        <source>%1 (%2)  ·  %3%4  ·  %5</source>
        <translation>%1 (%2)  ·  %3%4  ·  %5</translation>
    </message>
    <message>
        <source>%1 ready · %2 with warnings · %3 skipped</source>
        <translation>%1 bereit · %2 mit Warnungen · %3 übersprungen</translation>
    </message>
    <message>
        <source>(nothing would be sent)</source>
        <translation>(es würde nichts gesendet)</translation>
    </message>
    <message>
        <source>&amp;Conversion:</source>
        <translation>&amp;Conversion:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare the payloads of</source>
        <translation>Payloads vergleichen für</translation>
    </message>
    <message>
        <source>Import a CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Preview another platform…</source>
        <translation>Weitere Plattform in der Vorschau…</translation>
    </message>
    <message>
        <source>Stored conversions</source>
        <translation>Gespeicherte Conversions</translation>
    </message>
    <message>
        <source>Newest events, as conversions</source>
        <translation>Neueste Ereignisse, als Conversions</translation>
    </message>
    <message>
        <source>Conversions are what your rules produced and what is sent. An event can be previewed as a conversion of its standard name.</source>
        <translation>Conversions sind, was Ihre Regeln erzeugt haben und was gesendet wird. Ein Ereignis lässt sich als Conversion seines Standardnamens in der Vorschau zeigen.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>No platform is connected yet. The columns below preview a few platforms with placeholder ids; connect one to see exactly what it will receive.</source>
        <translation>Noch ist keine Plattform verbunden. Die Spalten unten zeigen einige Plattformen mit Platzhalter-IDs; verbinden Sie eine, um genau zu sehen, was sie erhält.</translation>
    </message>
    <message>
        <source>Connect a platform…</source>
        <translation>Plattform verbinden…</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message>
        <source>This page shows, before anything is sent, exactly what Meta, Google, TikTok and the other platforms would receive. Bring in some events first.</source>
        <translation>Diese Seite zeigt, bevor etwas gesendet wird, genau was Meta, Google, TikTok und die anderen Plattformen erhalten würden. Holen Sie zuerst einige Ereignisse herein.</translation>
    </message>
    <message>
        <source>No conversions yet</source>
        <translation>Noch keine Conversions</translation>
    </message>
    <message>
        <source>Conversions come from your rules: a rule turns events into Purchases, Leads and the like, and those are what the platforms receive. Create a rule on the Conversions page, or preview the newest events as conversions.</source>
        <translation>Conversions entstehen aus Ihren Regeln: Eine Regel macht aus Ereignissen Käufe, Leads und Ähnliches, und die erhalten die Plattformen. Legen Sie auf der Seite „Conversions“ eine Regel an oder zeigen Sie die neuesten Ereignisse als Conversions in der Vorschau.</translation>
    </message>
    <message>
        <source>Create a rule…</source>
        <translation>Regel anlegen…</translation>
    </message>
    <message>
        <source>Preview events instead</source>
        <translation>Stattdessen Ereignisse zeigen</translation>
    </message>
</context>
<context>
    <name>ConvStudio::PinterestAdapter</name>
    <message>
        <source>%1: the Conversions API has no refund event: skipped</source>
        <translation>%1: die Conversions API hat kein Event für Rückerstattungen: übersprungen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Click id (epik)</source>
        <translation>Klick-ID (epik)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>IP address and user agent</source>
        <translation>IP-Adresse und User-Agent</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1: needs an e-mail, or an IP address with a user agent: skipped</source>
        <translation>%1: benötigt eine E-Mail oder eine IP-Adresse mit User-Agent: übersprungen</translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation>Pinterest</translation>
    </message>
</context>
<context>
    <name>ConvStudio::PlatformFields</name>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Pixel (dataset) ID</source>
        <translation>Pixel-ID (Datensatz)</translation>
    </message>
    <message>
        <source>Events Manager → Data sources → your pixel → Settings</source>
        <translation>Events Manager → Datenquellen → Ihr Pixel → Einstellungen</translation>
    </message>
    <message>
        <source>Conversions API access token</source>
        <translation>Zugriffstoken für die Conversions API</translation>
    </message>
    <message>
        <source>Events Manager → your pixel → Settings → Conversions API → Generate access token</source>
        <translation>Events Manager → Ihr Pixel → Einstellungen → Conversions API → Zugriffstoken generieren</translation>
    </message>
    <message>
        <source>Google Ads</source>
        <translation>Google Ads</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Google Ads → the 10-digit number at the top right, without dashes</source>
        <translation>Google Ads → die 10-stellige Nummer oben rechts, ohne Bindestriche</translation>
    </message>
    <message>
        <source>Conversion action ID</source>
        <translation>ID der Conversion-Aktion</translation>
    </message>
    <message>
        <source>Goals → Conversions → Summary → your action → the ctId in the address bar</source>
        <translation>Zielvorhaben → Conversions → Übersicht → Ihre Aktion → die ctId in der Adressleiste</translation>
    </message>
    <message>
        <source>OAuth access token (or JSON with access_token and developer_token)</source>
        <translation>OAuth-Zugriffstoken (oder JSON mit access_token und developer_token)</translation>
    </message>
    <message>
        <source>Tools → API Center for the developer token; OAuth from your Google Cloud project</source>
        <translation>Tools → API-Center für das Entwickler-Token; OAuth aus Ihrem Google Cloud-Projekt</translation>
    </message>
    <message>
        <source>Google Analytics 4</source>
        <translation>Google Analytics 4</translation>
    </message>
    <message>
        <source>Measurement ID</source>
        <translation>Mess-ID</translation>
    </message>
    <message>
        <source>Admin → Data streams → your web stream (G-XXXXXXX)</source>
        <translation>Verwaltung → Datenstreams → Ihr Web-Stream (G-XXXXXXX)</translation>
    </message>
    <message>
        <source>Measurement Protocol API secret</source>
        <translation>API-Secret für das Measurement Protocol</translation>
    </message>
    <message>
        <source>Admin → Data streams → your stream → Measurement Protocol API secrets</source>
        <translation>Verwaltung → Datenstreams → Ihr Stream → API-Secrets für das Measurement Protocol</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Pixel code</source>
        <translation>Pixel-Code</translation>
    </message>
    <message>
        <source>Events Manager → Web events → your pixel → Settings</source>
        <translation>Events Manager → Web-Events → Ihr Pixel → Einstellungen</translation>
    </message>
    <message>
        <source>Events API access token</source>
        <translation>Zugriffstoken für die Events API</translation>
    </message>
    <message>
        <source>Events Manager → your pixel → Settings → Generate access token</source>
        <translation>Events Manager → Ihr Pixel → Einstellungen → Zugriffstoken generieren</translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation>Pinterest</translation>
    </message>
    <message>
        <source>Ad account ID</source>
        <translation>Werbekonto-ID</translation>
    </message>
    <message>
        <source>Ads Manager → Business → the account&apos;s ID under its name</source>
        <translation>Ads Manager → Business → die ID des Kontos unter seinem Namen</translation>
    </message>
    <message>
        <source>Conversion access token</source>
        <translation>Conversion-Zugriffstoken</translation>
    </message>
    <message>
        <source>Ads → Conversions → Conversion access token</source>
        <translation>Anzeigen → Conversions → Conversion-Zugriffstoken</translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
    <message>
        <source>Pixel ID</source>
        <translation>Pixel-ID</translation>
    </message>
    <message>
        <source>Ads Manager → Events Manager → your Pixel</source>
        <translation>Ads Manager → Events Manager → Ihr Pixel</translation>
    </message>
    <message>
        <source>Conversions API token</source>
        <translation>Conversions API-Token</translation>
    </message>
    <message>
        <source>Business Manager → Business Details → Conversions API tokens</source>
        <translation>Business Manager → Unternehmensdetails → Conversions API-Tokens</translation>
    </message>
    <message>
        <source>Microsoft Advertising</source>
        <translation>Microsoft Advertising</translation>
    </message>
    <message>
        <source>Accounts summary → the manager account&apos;s ID</source>
        <translation>Kontenübersicht → die ID des Verwaltungskontos</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Accounts summary → the ad account&apos;s ID</source>
        <translation>Kontenübersicht → die ID des Werbekontos</translation>
    </message>
    <message>
        <source>Offline conversion goal name</source>
        <translation>Name des Offline-Conversion-Ziels</translation>
    </message>
    <message>
        <source>Conversions → Conversion goals → the goal&apos;s name</source>
        <translation>Conversions → Conversion-Ziele → der Name des Ziels</translation>
    </message>
    <message>
        <source>OAuth access token (or JSON with developer_token)</source>
        <translation>OAuth-Zugriffstoken (oder JSON mit developer_token)</translation>
    </message>
    <message>
        <source>Microsoft Advertising developer portal</source>
        <translation>Entwicklerportal von Microsoft Advertising</translation>
    </message>
    <message>
        <source>Reddit</source>
        <translation>Reddit</translation>
    </message>
    <message>
        <source>Ads Manager → account menu → the ID starting with t2_ or a2_</source>
        <translation>Ads Manager → Kontomenü → die ID, die mit t2_ oder a2_ beginnt</translation>
    </message>
    <message>
        <source>Events Manager → Conversions API → Generate access token</source>
        <translation>Events Manager → Conversions API → Zugriffstoken generieren</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Conversion rule URN</source>
        <translation>URN der Conversion-Regel</translation>
    </message>
    <message>
        <source>Campaign Manager → Analyze → Conversion tracking → your conversion (urn:lla:llaPartnerConversion:…)</source>
        <translation>Campaign Manager → Analysieren → Conversion-Tracking → Ihre Conversion (urn:lla:llaPartnerConversion:…)</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>LinkedIn developer portal → your app → Auth</source>
        <translation>LinkedIn-Entwicklerportal → Ihre App → Auth</translation>
    </message>
    <message>
        <source>Affiliate postback</source>
        <translation>Affiliate-Postback</translation>
    </message>
    <message>
        <source>Postback URL template</source>
        <translation>Vorlage für die Postback-URL</translation>
    </message>
    <message>
        <source>Your tracker&apos;s S2S postback URL with macros such as {click_id}</source>
        <translation>Die S2S-Postback-URL Ihres Trackers mit Makros wie {click_id}</translation>
    </message>
    <message>
        <source>No token: secrets stay in the URL</source>
        <translation>Kein Token: Secrets bleiben in der URL</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>The address that receives each conversion as JSON</source>
        <translation>Die Adresse, die jede Conversion als JSON empfängt</translation>
    </message>
    <message>
        <source>Bearer token (optional)</source>
        <translation>Bearer-Token (optional)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Google Data Manager</source>
        <translation>Google Data Manager</translation>
    </message>
    <message>
        <source>Operating account ID</source>
        <translation>ID des operativen Kontos</translation>
    </message>
    <message>
        <source>Your Google Cloud project with the Data Manager API enabled</source>
        <translation>Ihr Google-Cloud-Projekt mit aktivierter Data Manager API</translation>
    </message>
</context>
<context>
    <name>ConvStudio::PlatformPayloadView</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <source>%1 copied (secrets masked)</source>
        <translation>%1 kopiert (Secrets maskiert)</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Export Google Ads offline file…</source>
        <translation>Google Ads-Offline-Datei exportieren…</translation>
    </message>
    <message>
        <source>Export file…</source>
        <translation>Datei exportieren…</translation>
    </message>
    <message>
        <source>What would be sent</source>
        <translation>Was gesendet würde</translation>
    </message>
    <message>
        <source>Match quality (estimate)</source>
        <translation>Match-Qualität (Schätzung)</translation>
    </message>
    <message>
        <source>What was hashed from what (shown to you only, never sent)</source>
        <translation>Was woraus gehasht wurde (nur Ihnen angezeigt, nie gesendet)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>You gave</source>
        <translation>Ihre Angabe</translation>
    </message>
    <message>
        <source>Normalized</source>
        <translation>Normalisiert</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Weight %1 of 100</source>
        <translation>Gewichtung %1 von 100</translation>
    </message>
    <message>
        <source>Nothing would be sent to %1 for this conversion.</source>
        <translation>Für diese Conversion würde nichts an %1 gesendet.</translation>
    </message>
    <message>
        <source>A file to upload by hand: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Eine Datei zum manuellen Hochladen: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(already a SHA-256 hash)</source>
        <translation>(bereits ein SHA-256-Hash)</translation>
    </message>
    <message>
        <source>SHA-256 %1…</source>
        <translation>SHA-256 %1…</translation>
    </message>
    <message>
        <source>in clear: %1</source>
        <translation>im Klartext: %1</translation>
    </message>
</context>
<context>
    <name>ConvStudio::PostbackAdapter</name>
    <message>
        <source>Network click id (clickid)</source>
        <translation>Klick-ID des Netzwerks (clickid)</translation>
    </message>
    <message>
        <source>%1: unknown macros left empty: %2</source>
        <translation>%1: unbekannte Makros leer gelassen: %2</translation>
    </message>
    <message>
        <source>%1: no network click id (click_ids.clickid): skipped</source>
        <translation>%1: keine Klick-ID des Netzwerks (click_ids.clickid): übersprungen</translation>
    </message>
    <message>
        <source>Affiliate postback</source>
        <translation>Affiliate-Postback</translation>
    </message>
</context>
<context>
    <name>ConvStudio::PostbackPresets</name>
    <message>
        <source>Replace the {…} placeholders with your tracker&apos;s own macros.</source>
        <translation>Ersetzen Sie die Platzhalter {…} durch die Makros Ihres Trackers.</translation>
    </message>
    <message>
        <source>Everflow: Partner Postbacks → Add, paste as the postback URL. Pass your click id as sub1 in the tracking link.</source>
        <translation>Everflow: Partner Postbacks → Add, als Postback-URL einfügen. Übergeben Sie Ihre Klick-ID als sub1 im Tracking-Link.</translation>
    </message>
    <message>
        <source>impact.com: Settings → Action Tracker URLs → Create. Pass your click id as subId1 in the tracking link.</source>
        <translation>impact.com: Settings → Action Tracker URLs → Create. Übergeben Sie Ihre Klick-ID als subId1 im Tracking-Link.</translation>
    </message>
    <message>
        <source>Voluum: Traffic sources → your source → Traffic source postback URL.</source>
        <translation>Voluum: Traffic sources → Ihre Quelle → Traffic source postback URL.</translation>
    </message>
    <message>
        <source>RedTrack: Traffic channels → your channel → Postback URL.</source>
        <translation>RedTrack: Traffic channels → Ihr Kanal → Postback URL.</translation>
    </message>
    <message>
        <source>TUNE: Offer → Postback → Add a server postback URL. Pass your click id as aff_sub.</source>
        <translation>TUNE: Offer → Postback → Add a server postback URL. Übergeben Sie Ihre Klick-ID als aff_sub.</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos; is not a time with a zone or unix seconds: %2</source>
        <translation>Parameter &apos;%1&apos; ist weder eine Zeitangabe mit Zeitzone noch Unix-Sekunden: %2</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos; is not an amount: &apos;%2&apos;.</source>
        <translation>Parameter &apos;%1&apos; ist kein Betrag: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The postback names no transaction and no click: send txid (or transaction_id, oid) or clickid (or cid, subid, aff_sub).</source>
        <translation>Das Postback nennt weder eine Transaktion noch einen Klick: Senden Sie txid (oder transaction_id, oid) oder clickid (oder cid, subid, aff_sub).</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ReconcileCommand</name>
    <message>
        <source>Only orders, sales and refunds at or after this time.</source>
        <translation>Nur Bestellungen, Verkäufe und Rückerstattungen ab diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Only orders, sales and refunds before this time.</source>
        <translation>Nur Bestellungen, Verkäufe und Rückerstattungen vor diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>Print the lists and their counts as one JSON object.</source>
        <translation>Die Listen und ihre Anzahlen als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Matches store orders, credited sales and forwarded conversions by order id, then click id, then customer and time, and lists where they disagree.</source>
        <translation>Gleicht Shop-Bestellungen, gutgeschriebene Verkäufe und weitergeleitete Conversions ab – zuerst über die Bestell-ID, dann über die Klick-ID, dann über Kunde und Zeit – und listet Abweichungen auf.</translation>
    </message>
    <message>
        <source>Reconciling failed: %1</source>
        <translation>Abgleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Store orders: %1, credited sales: %2, forwarded conversions: %3.</source>
        <translation>Shop-Bestellungen: %1, gutgeschriebene Verkäufe: %2, weitergeleitete Conversions: %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConvStudio::Reconciliation</name>
    <message>
        <source>no amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <source>Orders never sent to a connected platform</source>
        <translation>Bestellungen, die nie an eine verbundene Plattform gesendet wurden</translation>
    </message>
    <message>
        <source>Refunded orders still counted on the platforms</source>
        <translation>Erstattete Bestellungen, die auf den Plattformen noch gezählt werden</translation>
    </message>
    <message>
        <source>Credited sales with no store order</source>
        <translation>Gutgeschriebene Verkäufe ohne Shop-Bestellung</translation>
    </message>
    <message>
        <source>Conversions sent twice with different dedup ids</source>
        <translation>Doppelt gesendete Conversions mit unterschiedlichen Dedup-IDs</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>click id</source>
        <translation>Klick-ID</translation>
    </message>
    <message>
        <source>customer and time</source>
        <translation>Kunde und Zeitpunkt</translation>
    </message>
    <message>
        <source>Order %1 (%2, %3) was never sent: no conversion rule matched it.</source>
        <translation>Bestellung %1 (%2, %3) wurde nie gesendet: Keine Conversion-Regel traf auf sie zu.</translation>
    </message>
    <message>
        <source>Order %1 (%2) matched the rule &quot;%3&quot;, but no platform was connected to send it to.</source>
        <translation>Bestellung %1 (%2) entsprach der Regel &quot;%3&quot;, aber es war keine Plattform verbunden, an die sie gesendet werden konnte.</translation>
    </message>
    <message>
        <source>no reason was recorded</source>
        <translation>es wurde kein Grund erfasst</translation>
    </message>
    <message>
        <source>Order %1 (%2) was never sent to %3: skipped (%4).</source>
        <translation>Bestellung %1 (%2) wurde nie an %3 gesendet: übersprungen (%4).</translation>
    </message>
    <message>
        <source>Order %1 (%2) was never sent to %3: the delivery failed (%4).</source>
        <translation>Bestellung %1 (%2) wurde nie an %3 gesendet: Die Zustellung ist fehlgeschlagen (%4).</translation>
    </message>
    <message>
        <source>Order %1 (%2) was never sent to %3: the delivery was cancelled.</source>
        <translation>Bestellung %1 (%2) wurde nie an %3 gesendet: Die Zustellung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Order %1 was refunded (%2, %3) after it was sent to %4; %4 still counts it. Queue a correction.</source>
        <translation>Bestellung %1 wurde erstattet (%2, %3), nachdem sie an %4 gesendet wurde; %4 zählt sie weiterhin. Stellen Sie eine Korrektur in die Warteschlange.</translation>
    </message>
    <message>
        <source>%1 credited a %2 sale (%3, commission %4) on %5</source>
        <translation>%1 hat einen Verkauf über %2 gutgeschrieben (%3, Provision %4) am %5</translation>
    </message>
    <message>
        <source>%1, but no store orders are imported to check it against.</source>
        <translation>%1, aber es sind keine Shop-Bestellungen importiert, mit denen sich das abgleichen lässt.</translation>
    </message>
    <message>
        <source>%1 without an order id or click id, and no store order by the same customer within a day.</source>
        <translation>%1, ohne Bestell-ID oder Klick-ID, und es gibt keine Shop-Bestellung desselben Kunden innerhalb eines Tages.</translation>
    </message>
    <message>
        <source>%1, but no store order has the order id &quot;%2&quot; or the click id &quot;%3&quot;.</source>
        <translation>%1, aber keine Shop-Bestellung hat die Bestell-ID &quot;%2&quot; oder die Klick-ID &quot;%3&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 was sent %n time(s) to %3 with different dedup ids (%4), so %3 counts it more than once. Rules: %5.</source>
        <translation>
            <numerusform>%1 %2 wurde %n-mal mit unterschiedlichen Dedup-IDs (%4) an %3 gesendet, daher zählt %3 den Vorgang mehrfach. Regeln: %5.</numerusform>
            <numerusform>%1 %2 wurde %n-mal mit unterschiedlichen Dedup-IDs (%4) an %3 gesendet, daher zählt %3 den Vorgang mehrfach. Regeln: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>The refund (event %1) is no longer in the workspace.</source>
        <translation>Die Erstattung (Event %1) ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Correction of %1: order %2 was refunded after it was sent.</source>
        <translation>Korrektur von %1: Bestellung %2 wurde nach dem Senden erstattet.</translation>
    </message>
    <message>
        <source>Order %1 was refunded (%2, %3) after it was sent to %4 (%5); %4 still counts it. Queue a correction.</source>
        <translation>Bestellung %1 wurde erstattet (%2, %3), nachdem sie an %4 gesendet wurde (%5); %4 zählt sie weiterhin. Stellen Sie eine Korrektur in die Warteschlange.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ReconciliationListModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Platform or network</source>
        <translation>Plattform oder Netzwerk</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RedditAdapter</name>
    <message>
        <source>%1: the Conversions API has no refund event: skipped</source>
        <translation>%1: Die Conversions API hat kein Refund-Event: übersprungen</translation>
    </message>
    <message>
        <source>Click id (rdt_cid)</source>
        <translation>Klick-ID (rdt_cid)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>IP address and user agent</source>
        <translation>IP-Adresse und User-Agent</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>%1: no click id, e-mail, phone, external id, or IP address with user agent: skipped</source>
        <translation>%1: keine Klick-ID, E-Mail, Telefonnummer, externe ID oder IP-Adresse mit User-Agent: übersprungen</translation>
    </message>
    <message>
        <source>Reddit</source>
        <translation>Reddit</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RequestLogModel</name>
    <message>
        <source>Sale recorded</source>
        <translation>Verkauf erfasst</translation>
    </message>
    <message>
        <source>Sale status changed</source>
        <translation>Verkaufsstatus geändert</translation>
    </message>
    <message>
        <source>Sale reversed, refund recorded</source>
        <translation>Verkauf storniert, Erstattung erfasst</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Bereits erfasst</translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation>Nichts zu erfassen</translation>
    </message>
    <message>
        <source>Wrong or missing token</source>
        <translation>Falsches oder fehlendes Token</translation>
    </message>
    <message>
        <source>Signature does not match</source>
        <translation>Signatur stimmt nicht überein</translation>
    </message>
    <message>
        <source>Signature too old</source>
        <translation>Signatur zu alt</translation>
    </message>
    <message>
        <source>Signing secret not set</source>
        <translation>Signaturschlüssel nicht festgelegt</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Unknown address</source>
        <translation>Unbekannte Adresse</translation>
    </message>
    <message>
        <source>Wrong method</source>
        <translation>Falsche Methode</translation>
    </message>
    <message>
        <source>Workspace busy, not stored</source>
        <translation>Arbeitsbereich belegt, nicht gespeichert</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 from %2 at %3</source>
        <translation>%1 von %2 um %3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ResponseClassifier</name>
    <message numerus="yes">
        <source>Older than %1 accepts (%n day(s)); not sent.</source>
        <translation>
            <numerusform>Älter, als %1 akzeptiert (%n Tag); nicht gesendet.</numerusform>
            <numerusform>Älter, als %1 akzeptiert (%n Tage); nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben: %1</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta: %1 (code %2)</source>
        <translation>Meta: %1 (Code %2)</translation>
    </message>
    <message>
        <source>TikTok: %1 (code %2)</source>
        <translation>TikTok: %1 (Code %2)</translation>
    </message>
    <message>
        <source>Google Ads: %1</source>
        <translation>Google Ads: %1</translation>
    </message>
    <message>
        <source>Pinterest: %1</source>
        <translation>Pinterest: %1</translation>
    </message>
    <message>
        <source>Microsoft: %1</source>
        <translation>Microsoft: %1</translation>
    </message>
    <message>
        <source>No answer in time (timeout).</source>
        <translation>Keine Antwort in der vorgegebenen Zeit (Timeout).</translation>
    </message>
    <message>
        <source>The connection was reset.</source>
        <translation>Die Verbindung wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>The platform could not be reached.</source>
        <translation>Die Plattform war nicht erreichbar.</translation>
    </message>
    <message>
        <source>TikTok gave an unreadable answer; it will be sent again.</source>
        <translation>TikTok hat eine unlesbare Antwort geliefert; die Conversion wird erneut gesendet.</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP 401): %2</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP 401): %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2): %3</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Meta gave an unreadable answer; it will be sent again.</source>
        <translation>Meta hat eine unlesbare Antwort geliefert; die Conversion wird erneut gesendet.</translation>
    </message>
    <message>
        <source>GA4: %1</source>
        <translation>GA4: %1</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleBuilderWidget</name>
    <message>
        <source>Change group</source>
        <translation>Gruppe ändern</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>Move condition</source>
        <translation>Bedingung verschieben</translation>
    </message>
    <message>
        <source>Change field</source>
        <translation>Feld ändern</translation>
    </message>
    <message>
        <source>Change operator</source>
        <translation>Operator ändern</translation>
    </message>
    <message>
        <source>Change value</source>
        <translation>Wert ändern</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>e.g. Returning customer, order over 100</source>
        <translation>z. B. Wiederkehrender Kunde, Bestellung über 100</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The standard conversion the platforms receive (Purchase, Lead …), or a name of your own</source>
        <translation>Die Standard-Conversion, die die Plattformen erhalten (Purchase, Lead …), oder ein eigener Name</translation>
    </message>
    <message>
        <source>Change conversion</source>
        <translation>Conversion ändern</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Zählt als</translation>
    </message>
    <message>
        <source>Step 1: an event where</source>
        <translation>Schritt 1: ein Event, bei dem</translation>
    </message>
    <message>
        <source>Step %1: then a later event of the same person where</source>
        <translation>Schritt %1: danach ein späteres Event derselben Person, bei dem</translation>
    </message>
    <message>
        <source>Count an event as a conversion when</source>
        <translation>Ein Event als Conversion zählen, wenn</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>Schritt %1 entfernen</translation>
    </message>
    <message>
        <source>+ Then another event (sequence)</source>
        <translation>+ Danach ein weiteres Event (Sequenz)</translation>
    </message>
    <message>
        <source>E.g. a Lead, then a Purchase by the same customer within 30 days</source>
        <translation>Z. B. ein Lead, dann ein Purchase desselben Kunden innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Change window</source>
        <translation>Zeitfenster ändern</translation>
    </message>
    <message>
        <source>All steps within</source>
        <translation>Alle Schritte innerhalb von</translation>
    </message>
    <message>
        <source>the same customer</source>
        <translation>derselbe Kunde</translation>
    </message>
    <message>
        <source>the same click id</source>
        <translation>dieselbe Klick-ID</translation>
    </message>
    <message>
        <source>the same order id</source>
        <translation>dieselbe Bestell-ID</translation>
    </message>
    <message>
        <source>Change join</source>
        <translation>Verknüpfung ändern</translation>
    </message>
    <message>
        <source>Steps belong together by</source>
        <translation>Schritte gehören zusammen über</translation>
    </message>
    <message>
        <source>the event&apos;s value</source>
        <translation>der Wert des Events</translation>
    </message>
    <message>
        <source>step %1&apos;s value</source>
        <translation>der Wert von Schritt %1</translation>
    </message>
    <message>
        <source>a fixed value</source>
        <translation>ein fester Wert</translation>
    </message>
    <message>
        <source>Multiply, e.g. 0.3 to send a margin instead of revenue</source>
        <translation>Multiplizieren, z. B. mit 0,3, um statt des Umsatzes eine Marge zu senden</translation>
    </message>
    <message>
        <source>Change value rule</source>
        <translation>Wertregel ändern</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>the event&apos;s currency</source>
        <translation>die Währung des Events</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>Währung ändern</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>every match counts</source>
        <translation>jeder Treffer zählt</translation>
    </message>
    <message>
        <source>once per order</source>
        <translation>einmal pro Bestellung</translation>
    </message>
    <message>
        <source>once per customer per</source>
        <translation>einmal pro Kunde pro</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>insgesamt</translation>
    </message>
    <message>
        <source>Change dedupe</source>
        <translation>Deduplizierung ändern</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <source>every connected platform</source>
        <translation>alle verbundenen Plattformen</translation>
    </message>
    <message>
        <source>Change platforms</source>
        <translation>Plattformen ändern</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleEvaluator</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>the event has no customer (no external id, e-mail or phone), so &quot;%1&quot; is unknown; the rule wants it %2</source>
        <translation>das Event hat keinen Kunden (keine externe ID, E-Mail oder Telefonnummer), daher ist &quot;%1&quot; unbekannt; die Regel verlangt: %2</translation>
    </message>
    <message>
        <source>%1 is missing; the rule wants it %2</source>
        <translation>%1 fehlt; die Regel verlangt: %2</translation>
    </message>
    <message>
        <source>%1 is %2; the rule wants it %3</source>
        <translation>%1 ist %2; die Regel verlangt: %3</translation>
    </message>
    <message>
        <source>an empty &quot;any of&quot; group never matches</source>
        <translation>eine leere Gruppe &quot;mindestens eine von&quot; trifft nie zu</translation>
    </message>
    <message>
        <source>none of the alternatives holds, e.g. %1</source>
        <translation>keine der Alternativen trifft zu, z. B. %1</translation>
    </message>
    <message>
        <source>it matches an exclusion: %1</source>
        <translation>es trifft auf einen Ausschluss zu: %1</translation>
    </message>
    <message>
        <source>a group of conditions</source>
        <translation>eine Gruppe von Bedingungen</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 (it is %2)</source>
        <translation>%1 (ist %2)</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>customer returning, order %1</source>
        <translation>wiederkehrender Kunde, Bestellung %1</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>neuer Kunde</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>im Abstand von %n Tag</numerusform>
            <numerusform>im Abstand von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) apart</source>
        <translation>
            <numerusform>im Abstand von %n Stunde</numerusform>
            <numerusform>im Abstand von %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No such event.</source>
        <translation>Dieses Event gibt es nicht.</translation>
    </message>
    <message>
        <source>It cannot complete the sequence (step %1): %2</source>
        <translation>Es kann die Sequenz nicht abschließen (Schritt %1): %2</translation>
    </message>
    <message>
        <source>It does not match: %1</source>
        <translation>Es trifft nicht zu: %1</translation>
    </message>
    <message>
        <source>It matches: %1</source>
        <translation>Es trifft zu: %1</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>click id</source>
        <translation>Klick-ID</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>It matches the last step, but it has no %1 to join the earlier steps on.</source>
        <translation>Es trifft auf den letzten Schritt zu, hat aber keinen Wert für %1, um es mit den früheren Schritten zu verknüpfen.</translation>
    </message>
    <message>
        <source>It matches step %1, but no earlier event of the same %2 matches step %3.</source>
        <translation>Es trifft auf Schritt %1 zu, aber kein früheres Event mit übereinstimmendem Wert (%2) trifft auf Schritt %3 zu.</translation>
    </message>
    <message numerus="yes">
        <source>It completes the sequence, but step 1 (%1) is %n day(s) earlier, more than the %2 allowed.</source>
        <translation>
            <numerusform>Es schließt die Sequenz ab, aber Schritt 1 (%1) liegt %n Tag zurück, mehr als die erlaubten %2.</numerusform>
            <numerusform>Es schließt die Sequenz ab, aber Schritt 1 (%1) liegt %n Tage zurück, mehr als die erlaubten %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>It matches, but an earlier conversion for order %1 was counted (dedupe by order).</source>
        <translation>Es trifft zu, aber für Bestellung %1 wurde bereits eine frühere Conversion gezählt (Deduplizierung nach Bestellung).</translation>
    </message>
    <message>
        <source>It matches, but this customer already has an earlier conversion (dedupe by customer).</source>
        <translation>Es trifft zu, aber dieser Kunde hat bereits eine frühere Conversion (Deduplizierung nach Kunde).</translation>
    </message>
    <message>
        <source>It matches, but this customer had a conversion less than %1 before (dedupe by customer).</source>
        <translation>Es trifft zu, aber dieser Kunde hatte vor weniger als %1 eine Conversion (Deduplizierung nach Kunde).</translation>
    </message>
    <message>
        <source>It matches the conditions but produces no conversion.</source>
        <translation>Es erfüllt die Bedingungen, erzeugt aber keine Conversion.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleFields</name>
    <message>
        <source>Event name (as captured)</source>
        <translation>Event-Name (wie erfasst)</translation>
    </message>
    <message>
        <source>Standard event</source>
        <translation>Standard-Event</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Wo es passiert ist</translation>
    </message>
    <message>
        <source>Page URL</source>
        <translation>Seiten-URL</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Stunde des Tages</translation>
    </message>
    <message>
        <source>Weekday (1 = Monday)</source>
        <translation>Wochentag (1 = Montag)</translation>
    </message>
    <message>
        <source>Number of line items</source>
        <translation>Anzahl der Positionen</translation>
    </message>
    <message>
        <source>Total quantity</source>
        <translation>Gesamtmenge</translation>
    </message>
    <message>
        <source>Customer is returning</source>
        <translation>Kunde ist wiederkehrend</translation>
    </message>
    <message>
        <source>Customer&apos;s order number</source>
        <translation>Laufende Bestellnummer des Kunden</translation>
    </message>
    <message>
        <source>Customer&apos;s earlier spend</source>
        <translation>Bisherige Ausgaben des Kunden</translation>
    </message>
    <message>
        <source>Days since first seen</source>
        <translation>Tage seit dem ersten Kontakt</translation>
    </message>
    <message>
        <source>Customer&apos;s earlier events</source>
        <translation>Frühere Events des Kunden</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Click ID %1</source>
        <translation>Klick-ID %1</translation>
    </message>
    <message>
        <source>Attribute %1</source>
        <translation>Attribut %1</translation>
    </message>
    <message>
        <source>Any item&apos;s %1</source>
        <translation>%1 eines beliebigen Artikels</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <source>matches pattern</source>
        <translation>entspricht dem Muster</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist einer von</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ist keiner von</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>liegt zwischen</translation>
    </message>
    <message>
        <source>is present</source>
        <translation>ist vorhanden</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleJson</name>
    <message>
        <source>yes/no</source>
        <translation>ja/nein</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>expected an object: a condition {&quot;field&quot;, &quot;op&quot;, &quot;value&quot;} or a group {&quot;all&quot;|&quot;any&quot;|&quot;none&quot;: [...]}, found %1</source>
        <translation>Objekt erwartet: eine Bedingung {&quot;field&quot;, &quot;op&quot;, &quot;value&quot;} oder eine Gruppe {&quot;all&quot;|&quot;any&quot;|&quot;none&quot;: [...]}, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a list of conditions, found %1</source>
        <translation>Liste von Bedingungen erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected &quot;field&quot; (a condition) or &quot;all&quot;, &quot;any&quot;, &quot;none&quot; (a group)</source>
        <translation>&quot;field&quot; (eine Bedingung) oder &quot;all&quot;, &quot;any&quot;, &quot;none&quot; (eine Gruppe) erwartet</translation>
    </message>
    <message>
        <source>expected the field name as text, found %1</source>
        <translation>Feldname als Text erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; expected one of %2</source>
        <translation>unbekanntes Feld &quot;%1&quot;; erwartet wird eines von: %2</translation>
    </message>
    <message>
        <source>expected an operator, one of %1</source>
        <translation>Operator erwartet, einer von: %1</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;; expected one of %2</source>
        <translation>unbekannter Operator &quot;%1&quot;; erwartet wird einer von: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value</source>
        <translation>&quot;%1&quot; benötigt einen Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a list, found %2</source>
        <translation>&quot;%1&quot; benötigt eine Liste, gefunden: %2</translation>
    </message>
    <message>
        <source>&quot;between&quot; needs a list of two values [low, high]</source>
        <translation>&quot;between&quot; benötigt eine Liste mit zwei Werten [low, high]</translation>
    </message>
    <message>
        <source>expected text, a number or yes/no, found %1</source>
        <translation>Text, Zahl oder ja/nein erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>a regular expression must be text</source>
        <translation>ein regulärer Ausdruck muss Text sein</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation>kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>expected a rule object, found %1</source>
        <translation>Regelobjekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>missing; expected text</source>
        <translation>fehlt; Text erwartet</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>Text erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true oder false erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>missing; expected a list of steps, each {&quot;match&quot;: ...}</source>
        <translation>fehlt; erwartet wird eine Liste von Schritten, jeweils {&quot;match&quot;: ...}</translation>
    </message>
    <message>
        <source>expected a list of at least one step, found %1</source>
        <translation>Liste mit mindestens einem Schritt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an object with &quot;match&quot;</source>
        <translation>Objekt mit &quot;match&quot; erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration; expected a number and a unit, such as 90m, 48h or 30d</source>
        <translation>&quot;%1&quot; ist keine Dauer; erwartet werden eine Zahl und eine Einheit, z. B. 90m, 48h oder 30d</translation>
    </message>
    <message>
        <source>unknown join &quot;%1&quot;; expected customer, click_id or order_id</source>
        <translation>unbekannte Verknüpfung &quot;%1&quot;; erwartet: customer, click_id oder order_id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO currency code such as USD or EUR</source>
        <translation>&quot;%1&quot; ist kein ISO-Währungscode wie USD oder EUR</translation>
    </message>
    <message>
        <source>expected {&quot;by&quot;: &quot;order_id&quot;} or {&quot;by&quot;: &quot;customer&quot;, &quot;per&quot;: &quot;30d&quot;}</source>
        <translation>{&quot;by&quot;: &quot;order_id&quot;} oder {&quot;by&quot;: &quot;customer&quot;, &quot;per&quot;: &quot;30d&quot;} erwartet</translation>
    </message>
    <message>
        <source>expected a duration such as 30d</source>
        <translation>Dauer erwartet, z. B. 30d</translation>
    </message>
    <message>
        <source>expected &quot;order_id&quot; or &quot;customer&quot;</source>
        <translation>&quot;order_id&quot; oder &quot;customer&quot; erwartet</translation>
    </message>
    <message>
        <source>expected a list of platform ids such as [&quot;meta&quot;, &quot;google_ads&quot;]</source>
        <translation>Liste von Plattform-IDs erwartet, z. B. [&quot;meta&quot;, &quot;google_ads&quot;]</translation>
    </message>
    <message>
        <source>expected a platform id as text</source>
        <translation>Plattform-ID als Text erwartet</translation>
    </message>
    <message>
        <source>expected {&quot;from&quot;: &quot;event&quot;}, {&quot;from&quot;: &quot;step&quot;, &quot;step&quot;: 1} or {&quot;fixed&quot;: 25}</source>
        <translation>{&quot;from&quot;: &quot;event&quot;}, {&quot;from&quot;: &quot;step&quot;, &quot;step&quot;: 1} oder {&quot;fixed&quot;: 25} erwartet</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a step number from 1 to %1</source>
        <translation>Schrittnummer von 1 bis %1 erwartet</translation>
    </message>
    <message>
        <source>expected &quot;event&quot; or &quot;step&quot;</source>
        <translation>&quot;event&quot; oder &quot;step&quot; erwartet</translation>
    </message>
    <message>
        <source>not valid JSON (byte %1)</source>
        <translation>kein gültiges JSON (Byte %1)</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleListModel</name>
    <message numerus="yes">
        <source>Produces &quot;%1&quot;; %n conversion(s) stored%2</source>
        <translation>
            <numerusform>Erzeugt &quot;%1&quot;; %n Conversion gespeichert%2</numerusform>
            <numerusform>Erzeugt &quot;%1&quot;; %n Conversions gespeichert%2</numerusform>
        </translation>
    </message>
    <message>
        <source> (off: new events are not evaluated)</source>
        <translation> (aus: neue Events werden nicht ausgewertet)</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RulePreviewPanel</name>
    <message>
        <source>What would match</source>
        <translation>Was zutreffen würde</translation>
    </message>
    <message>
        <source>Latest matches</source>
        <translation>Neueste Treffer</translation>
    </message>
    <message>
        <source>Why (not)?</source>
        <translation>Warum (nicht)?</translation>
    </message>
    <message>
        <source>An event ID, e.g. shopify-#1042</source>
        <translation>Eine Event-ID, z. B. shopify-#1042</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Pick a sample above or type the ID of any event to see why it does or does not match.</source>
        <translation>Wählen Sie oben ein Beispiel aus oder geben Sie die ID eines beliebigen Events ein, um zu sehen, warum es zutrifft oder nicht.</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s events…</source>
        <translation>Events des Arbeitsbereichs werden gelesen…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>conversion(s) over %1 events in this workspace</source>
        <translation>
            <numerusform>Conversion bei %1 Events in diesem Arbeitsbereich</numerusform>
            <numerusform>Conversions bei %1 Events in diesem Arbeitsbereich</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches per day</source>
        <translation>Treffer pro Tag</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RulePreviewer</name>
    <message>
        <source>The events are still loading.</source>
        <translation>Die Events werden noch geladen.</translation>
    </message>
    <message>
        <source>There is no event with the id &quot;%1&quot;.</source>
        <translation>Es gibt kein Event mit der ID &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleRepository</name>
    <message>
        <source>There is no rule &quot;%1&quot;.</source>
        <translation>Es gibt keine Regel &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleService</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>Der Arbeitsbereich ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleTemplates</name>
    <message>
        <source>Purchase over 100</source>
        <translation>Purchase über 100</translation>
    </message>
    <message>
        <source>Purchase over a value</source>
        <translation>Purchase über einem Wert</translation>
    </message>
    <message>
        <source>Orders above a threshold you choose.</source>
        <translation>Bestellungen über einem von Ihnen gewählten Schwellenwert.</translation>
    </message>
    <message>
        <source>Returning customer purchase</source>
        <translation>Kauf eines wiederkehrenden Kunden</translation>
    </message>
    <message>
        <source>Orders from customers who bought before.</source>
        <translation>Bestellungen von Kunden, die bereits zuvor gekauft haben.</translation>
    </message>
    <message>
        <source>Lead, then Purchase within 30 days</source>
        <translation>Lead, dann Purchase innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <source>Purchases by people who became a lead in the 30 days before.</source>
        <translation>Käufe von Personen, die in den 30 Tagen davor zum Lead wurden.</translation>
    </message>
    <message>
        <source>Approved affiliate sale</source>
        <translation>Genehmigter Affiliate-Verkauf</translation>
    </message>
    <message>
        <source>Sales an affiliate network approved, once per order.</source>
        <translation>Von einem Affiliate-Netzwerk genehmigte Verkäufe, einmal pro Bestellung.</translation>
    </message>
    <message>
        <source>Lead from a paid click</source>
        <translation>Lead aus einem bezahlten Klick</translation>
    </message>
    <message>
        <source>Leads that arrived with an ad click id (Google, Meta, TikTok, Microsoft, LinkedIn).</source>
        <translation>Leads, die mit einer Anzeigen-Klick-ID eingegangen sind (Google, Meta, TikTok, Microsoft, LinkedIn).</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RulesCommand</name>
    <message>
        <source>Usage: convstudio rules add FILE.json [--json]
       convstudio rules list [--json]
       convstudio rules export [ID]
       convstudio rules remove ID

Manage conversion rules (the format is described in rule-format.md).
</source>
        <translation>Verwendung: convstudio rules add FILE.json [--json]
            convstudio rules list [--json]
            convstudio rules export [ID]
            convstudio rules remove ID

Conversion-Regeln verwalten (das Format ist in rule-format.md beschrieben).
</translation>
    </message>
    <message>
        <source>&apos;rules %1&apos; is not a command. Try &apos;convstudio rules --help&apos;.</source>
        <translation>&apos;rules %1&apos; ist kein Befehl. Versuchen Sie &apos;convstudio rules --help&apos;.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>A rule file (JSON).</source>
        <translation>Eine Regeldatei (JSON).</translation>
    </message>
    <message>
        <source>Adds the rule, or replaces the rule with the same id, evaluates it over the workspace and stores its conversions. Prints the rule&apos;s id.</source>
        <translation>Fügt die Regel hinzu oder ersetzt die Regel mit derselben ID, wertet sie über den Arbeitsbereich aus und speichert ihre Conversions. Gibt die ID der Regel aus.</translation>
    </message>
    <message>
        <source>rules add needs exactly one rule file.</source>
        <translation>rules add benötigt genau eine Regeldatei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid rule: %2</source>
        <translation>%1 ist keine gültige Regel: %2</translation>
    </message>
    <message>
        <source>Storing the rule failed: %1</source>
        <translation>Speichern der Regel fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Lists the rules with their stored conversion counts.</source>
        <translation>Listet die Regeln mit der Anzahl ihrer gespeicherten Conversions auf.</translation>
    </message>
    <message>
        <source>Listing rules failed: %1</source>
        <translation>Auflisten der Regeln fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No rules yet. Add one with &apos;convstudio rules add FILE.json&apos;.</source>
        <translation>Noch keine Regeln. Fügen Sie eine mit &apos;convstudio rules add FILE.json&apos; hinzu.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <source>%n conversion(s)</source>
        <translation>
            <numerusform>%n Conversion</numerusform>
            <numerusform>%n Conversions</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule to export; all rules as an array without it.</source>
        <translation>Die zu exportierende Regel; ohne Angabe alle Regeln als Array.</translation>
    </message>
    <message>
        <source>Prints rules as JSON (the rule file format).</source>
        <translation>Gibt Regeln als JSON aus (im Format der Regeldatei).</translation>
    </message>
    <message>
        <source>rules export takes at most one rule id.</source>
        <translation>rules export akzeptiert höchstens eine Regel-ID.</translation>
    </message>
    <message>
        <source>There is no rule &quot;%1&quot;. &apos;convstudio rules list&apos; shows the ids.</source>
        <translation>Es gibt keine Regel &quot;%1&quot;. &apos;convstudio rules list&apos; zeigt die IDs.</translation>
    </message>
    <message>
        <source>The rule to remove.</source>
        <translation>Die zu entfernende Regel.</translation>
    </message>
    <message>
        <source>Removes a rule and the conversions it produced.</source>
        <translation>Entfernt eine Regel und die von ihr erzeugten Conversions.</translation>
    </message>
    <message>
        <source>rules remove needs exactly one rule id.</source>
        <translation>rules remove benötigt genau eine Regel-ID.</translation>
    </message>
    <message>
        <source>There is no rule &quot;%1&quot;.</source>
        <translation>Es gibt keine Regel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Removing the rule failed: %1</source>
        <translation>Entfernen der Regel fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Removed rule %1.</source>
        <translation>Regel %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::SalesCommand</name>
    <message>
        <source>Usage: convstudio sales summary [--by network|program|sub_id|status|day|week|month] [--since ISO] [--until ISO] [--json]

Credited sales from postbacks and affiliate imports: count, sale amount and commission per group and currency.
</source>
        <translation>Verwendung: convstudio sales summary [--by network|program|sub_id|status|day|week|month] [--since ISO] [--until ISO] [--json]

Gutgeschriebene Verkäufe aus Postbacks und Affiliate-Importen: Anzahl, Verkaufsbetrag und Provision pro Gruppe und Währung.
</translation>
    </message>
    <message>
        <source>&apos;sales %1&apos; is not a command. Try &apos;convstudio sales --help&apos;.</source>
        <translation>&apos;sales %1&apos; ist kein Befehl. Versuchen Sie &apos;convstudio sales --help&apos;.</translation>
    </message>
    <message>
        <source>Group by network, program (or offer), sub_id (or campaign), status, day, week or month.</source>
        <translation>Gruppieren nach network (Netzwerk), program (Programm oder Angebot), sub_id (oder Kampagne), status (Status), day (Tag), week (Woche) oder month (Monat).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Only sales at or after this time.</source>
        <translation>Nur Verkäufe zu oder nach diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Only sales before this time.</source>
        <translation>Nur Verkäufe vor diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>Print {&quot;groups&quot;: [...]} as one JSON object.</source>
        <translation>{&quot;groups&quot;: [...]} als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Sums the credited sales per group and currency. Corrections and reversals subtract; money is never summed across currencies. Days, weeks and months are cut in the local time zone.</source>
        <translation>Summiert die gutgeschriebenen Verkäufe pro Gruppe und Währung. Korrekturen und Stornierungen werden abgezogen; Geldbeträge werden nie über Währungen hinweg summiert. Tage, Wochen und Monate werden in der lokalen Zeitzone abgegrenzt.</translation>
    </message>
    <message>
        <source>--by &apos;%1&apos; is not one of network, program, sub_id, status, day, week, month.</source>
        <translation>--by &apos;%1&apos; ist keiner der Werte network, program, sub_id, status, day, week, month.</translation>
    </message>
    <message>
        <source>Summing the credited sales failed: %1</source>
        <translation>Summieren der gutgeschriebenen Verkäufe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No credited sales in this range. Import an affiliate report (ClickBank, Impact, CJ, Awin …) or receive postbacks with &apos;convstudio serve&apos;.</source>
        <translation>Keine gutgeschriebenen Verkäufe in diesem Zeitraum. Importieren Sie einen Affiliate-Bericht (ClickBank, Impact, CJ, Awin …) oder empfangen Sie Postbacks mit &apos;convstudio serve&apos;.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5</source>
        <translation>%1  %2  %3  %4  %5</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Sale amount</source>
        <translation>Verkaufsbetrag</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>ConvStudio::SalesPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file</source>
        <translation>Diese Tabelle als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Save as PNG or SVG…</source>
        <translation>Als PNG oder SVG speichern…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>Stacked by status</source>
        <translation>Gestapelt nach Status</translation>
    </message>
    <message>
        <source>Stacked by network</source>
        <translation>Gestapelt nach Netzwerk</translation>
    </message>
    <message>
        <source>Group by network</source>
        <translation>Nach Netzwerk gruppieren</translation>
    </message>
    <message>
        <source>Group by program or offer</source>
        <translation>Nach Programm oder Angebot gruppieren</translation>
    </message>
    <message>
        <source>Group by sub-id or campaign</source>
        <translation>Nach Sub-ID oder Kampagne gruppieren</translation>
    </message>
    <message>
        <source>Group by status</source>
        <translation>Nach Status gruppieren</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Sale amount</source>
        <translation>Verkaufsbetrag</translation>
    </message>
    <message>
        <source>Charts show one currency: money is never summed across currencies</source>
        <translation>Diagramme zeigen eine Währung: Geldbeträge werden nie über Währungen hinweg summiert</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Queue corrections</source>
        <translation>Korrekturen in Warteschlange stellen</translation>
    </message>
    <message>
        <source>Store orders (Shopify, WooCommerce, Stripe …) that no connected platform received, and why: no rule matched, a platform skipped them, or sending failed.</source>
        <translation>Shop-Bestellungen (Shopify, WooCommerce, Stripe …), die keine verbundene Plattform erhalten hat, und der Grund: Keine Regel traf zu, eine Plattform hat sie übersprungen oder das Senden ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Orders refunded after they were sent: the platforms still count them. Queue corrections sends Google adjustments, refunds, or a reversal postback where the platform supports one.</source>
        <translation>Nach dem Senden erstattete Bestellungen: Die Plattformen zählen sie weiterhin. „Korrekturen in Warteschlange stellen“ sendet Google-Anpassungen, Erstattungen oder ein Storno-Postback, sofern die Plattform dies unterstützt.</translation>
    </message>
    <message>
        <source>Sales a network credited with no store order behind them (matched by order id, then click id, then the same customer within a day).</source>
        <translation>Verkäufe, die ein Netzwerk gutgeschrieben hat, ohne dass eine Shop-Bestellung dahintersteht (abgeglichen nach Bestell-ID, dann Klick-ID, dann demselben Kunden innerhalb eines Tages).</translation>
    </message>
    <message>
        <source>The same order sent twice to one platform with different dedup ids: the platform counts it twice.</source>
        <translation>Dieselbe Bestellung wurde zweimal mit unterschiedlichen Dedup-IDs an eine Plattform gesendet: Die Plattform zählt sie doppelt.</translation>
    </message>
    <message>
        <source>The sales could not be read: %1</source>
        <translation>Die Verkäufe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No credited sales in this range. Receive postbacks (Listener), import an affiliate report (ClickBank, Impact, CJ, Awin …) with Ctrl+I, or choose All time.</source>
        <translation>Keine gutgeschriebenen Verkäufe in diesem Zeitraum. Empfangen Sie Postbacks (Listener), importieren Sie einen Affiliate-Bericht (ClickBank, Impact, CJ, Awin …) mit Strg+I oder wählen Sie „Gesamter Zeitraum“.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>In this range: %1 store orders, %2 credited sales, %3 conversions sent to a platform. Matched by order id, then click id, then customer and time.</source>
        <translation>In diesem Zeitraum: %1 Shop-Bestellungen, %2 gutgeschriebene Verkäufe, %3 an eine Plattform gesendete Conversions. Abgeglichen nach Bestell-ID, dann Klick-ID, dann Kunde und Zeitpunkt.</translation>
    </message>
    <message>
        <source>%1 over time (%2)</source>
        <translation>%1 im Zeitverlauf (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 nach %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;: no credited sales yet.</source>
        <translation>&lt;b&gt;Heute&lt;/b&gt;: noch keine gutgeschriebenen Verkäufe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&apos;s commission&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Provision heute&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1, %2 = %3</source>
        <translation>%1, %2 = %3</translation>
    </message>
    <message>
        <source>Queueing the corrections failed: %1</source>
        <translation>Die Korrekturen konnten nicht in die Warteschlange gestellt werden: %1</translation>
    </message>
    <message>
        <source>No platform is set up to send corrections from here.</source>
        <translation>Keine Plattform ist dafür eingerichtet, von hier aus Korrekturen zu senden.</translation>
    </message>
    <message>
        <source>Corrections: %1 queued, %2 skipped by the platform (see Deliveries), %3 queued before.</source>
        <translation>Korrekturen: %1 in die Warteschlange gestellt, %2 von der Plattform übersprungen (siehe Zustellungen), %3 bereits zuvor eingereiht.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Click a bar or a row to see its events on the Events page.</source>
        <translation>Klicken Sie auf einen Balken oder eine Zeile, um die zugehörigen Ereignisse auf der Seite „Ereignisse“ zu sehen.</translation>
    </message>
    <message>
        <source>Credited sales where %1 (%2)</source>
        <translation>Gutgeschriebene Verkäufe mit %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConvStudio::SalesSummaryModel</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Program or offer</source>
        <translation>Programm oder Angebot</translation>
    </message>
    <message>
        <source>Sub-id or campaign</source>
        <translation>Sub-ID oder Kampagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n correction(s))</source>
        <translation>
            <numerusform>%1 (%n Korrektur)</numerusform>
            <numerusform>%1 (%n Korrekturen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to see the credited sales behind this row</source>
        <translation>Doppelklicken Sie, um die gutgeschriebenen Verkäufe hinter dieser Zeile zu sehen</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Sale amount</source>
        <translation>Verkaufsbetrag</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
</context>
<context>
    <name>ConvStudio::SampleMatchModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Why it matches</source>
        <translation>Warum es zutrifft</translation>
    </message>
</context>
<context>
    <name>ConvStudio::SecretStore</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Der Systemschlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Die Secrets-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged.</source>
        <translation>Die Secrets-Datei %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Die Secrets-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot protect the secrets file %1.</source>
        <translation>Die Secrets-Datei %1 kann nicht geschützt werden.</translation>
    </message>
    <message>
        <source>The system keychain refused to give the secret &quot;%1&quot;: %2</source>
        <translation>Der Systemschlüsselbund hat die Herausgabe des Secrets &quot;%1&quot; verweigert: %2</translation>
    </message>
    <message>
        <source>The system keychain did not store the secret &quot;%1&quot;: %2</source>
        <translation>Der Systemschlüsselbund hat das Secret &quot;%1&quot; nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The system keychain did not remove the secret &quot;%1&quot;: %2</source>
        <translation>Der Systemschlüsselbund hat das Secret &quot;%1&quot; nicht entfernt: %2</translation>
    </message>
</context>
<context>
    <name>ConvStudio::SendCommand</name>
    <message>
        <source>Only deliver to this platform.</source>
        <translation>Nur an diese Plattform zustellen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Show what is due without sending anything.</source>
        <translation>Anzeigen, was fällig ist, ohne etwas zu senden.</translation>
    </message>
    <message>
        <source>Return when nothing is due (retries scheduled later are left for later).</source>
        <translation>Beenden, wenn nichts fällig ist (später geplante Wiederholungen bleiben für später).</translation>
    </message>
    <message>
        <source>Print the summary per platform as JSON.</source>
        <translation>Die Zusammenfassung pro Plattform als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Delivers the queued conversions to the connected platforms. Without --until-idle it keeps running and delivers new ones as they are queued.</source>
        <translation>Stellt die eingereihten Conversions an die verbundenen Plattformen zu. Ohne --until-idle läuft der Befehl weiter und stellt neue zu, sobald sie eingereiht werden.</translation>
    </message>
    <message>
        <source>Connection %1 needs a reconnect: %2</source>
        <translation>Verbindung %1 muss neu verbunden werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 due to send, %3 waiting to retry, %4 skipped</source>
        <translation>%1: %2 zum Senden fällig, %3 warten auf Wiederholung, %4 übersprungen</translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 failed, %4 waiting to retry, %5 skipped</source>
        <translation>%1: %2 gesendet, %3 fehlgeschlagen, %4 warten auf Wiederholung, %5 übersprungen</translation>
    </message>
    <message>
        <source>No connections: add one with &apos;convstudio connections add&apos;.</source>
        <translation>Keine Verbindungen: Fügen Sie eine mit &apos;convstudio connections add&apos; hinzu.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ServeCommand</name>
    <message>
        <source>Listen on port N (default %1; 0 picks a free port).</source>
        <translation>Auf Port N lauschen (Standard %1; 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Listen on ADDR (default 127.0.0.1). Any other address is reachable from other computers.</source>
        <translation>Auf ADDR lauschen (Standard 127.0.0.1). Jede andere Adresse ist von anderen Computern aus erreichbar.</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <source>Requests per second one client may send (default %1).</source>
        <translation>Anfragen pro Sekunde, die ein Client senden darf (Standard %1).</translation>
    </message>
    <message>
        <source>Largest request body in bytes (default %1).</source>
        <translation>Maximale Größe des Anfrage-Bodys in Bytes (Standard %1).</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>Do not print a line per request.</source>
        <translation>Keine Zeile pro Anfrage ausgeben.</translation>
    </message>
    <message>
        <source>Receives webhooks and affiliate postbacks into the workspace until stopped (Ctrl+C or SIGTERM). Run &apos;convstudio listener token&apos; for the token the URLs need.</source>
        <translation>Empfängt Webhooks und Affiliate-Postbacks in den Arbeitsbereich, bis der Befehl beendet wird (Ctrl+C oder SIGTERM). Führen Sie &apos;convstudio listener token&apos; aus, um das Token für die URLs zu erhalten.</translation>
    </message>
    <message>
        <source>--port &apos;%1&apos; is not a port number (0 to 65535).</source>
        <translation>--port &apos;%1&apos; ist keine Portnummer (0 bis 65535).</translation>
    </message>
    <message>
        <source>--bind &apos;%1&apos; is not an IP address such as 127.0.0.1 or 0.0.0.0.</source>
        <translation>--bind &apos;%1&apos; ist keine IP-Adresse wie 127.0.0.1 oder 0.0.0.0.</translation>
    </message>
    <message>
        <source>--rate-limit &apos;%1&apos; is not a positive whole number.</source>
        <translation>--rate-limit &apos;%1&apos; ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>--max-body &apos;%1&apos; is not a positive number of bytes.</source>
        <translation>--max-body &apos;%1&apos; ist keine positive Anzahl von Bytes.</translation>
    </message>
    <message>
        <source>Cannot read the listener&apos;s token: %1</source>
        <translation>Das Token des Listeners kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>warning: no system keychain is running; the listener&apos;s secrets are kept in %1 (readable by you only).</source>
        <translation>Warnung: Es läuft kein Systemschlüsselbund; die Secrets des Listeners werden in %1 aufbewahrt (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>warning: listening on %1, which other computers can reach. Only the token and the signatures protect the workspace; put HTTPS in front of it.</source>
        <translation>Warnung: Lauscht auf %1, das von anderen Computern aus erreichbar ist. Nur das Token und die Signaturen schützen den Arbeitsbereich; schalten Sie HTTPS davor.</translation>
    </message>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>Signalbehandlung kann nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>Listening on %1 (workspace %2). Stop with Ctrl+C.</source>
        <translation>Lauscht auf %1 (Arbeitsbereich %2). Beenden mit Ctrl+C.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::SnapchatAdapter</name>
    <message>
        <source>%1: the Conversions API has no refund event: skipped</source>
        <translation>%1: Die Conversions API hat kein Refund-Event: übersprungen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Click id (sc_click_id)</source>
        <translation>Klick-ID (sc_click_id)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>IP address and user agent</source>
        <translation>IP-Adresse und User-Agent</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1: no e-mail, phone, click id, or IP address with user agent: skipped</source>
        <translation>%1: keine E-Mail, Telefonnummer, Klick-ID oder IP-Adresse mit User-Agent: übersprungen</translation>
    </message>
    <message>
        <source>%1: website events should carry the page URL</source>
        <translation>%1: Website-Events sollten die Seiten-URL enthalten</translation>
    </message>
    <message>
        <source>%1: a purchase without a value and currency is refused by the validator</source>
        <translation>%1: Ein Kauf ohne Wert und Währung wird vom Validator abgelehnt</translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
</context>
<context>
    <name>ConvStudio::TaxonomyRepository</name>
    <message>
        <source>&apos;%1&apos; is not a standard conversion</source>
        <translation>&apos;%1&apos; ist keine Standard-Conversion</translation>
    </message>
</context>
<context>
    <name>ConvStudio::TikTokAdapter</name>
    <message>
        <source>%1: the Events API has no refund event: skipped</source>
        <translation>%1: Die Events API hat kein Refund-Event: übersprungen</translation>
    </message>
    <message>
        <source>Click id (ttclid)</source>
        <translation>Klick-ID (ttclid)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>IP address and user agent</source>
        <translation>IP-Adresse und User-Agent</translation>
    </message>
    <message>
        <source>%1: no e-mail, phone, external id, ttclid, or IP address with user agent: skipped</source>
        <translation>%1: keine E-Mail, Telefonnummer, externe ID, ttclid oder IP-Adresse mit User-Agent: übersprungen</translation>
    </message>
    <message>
        <source>%1: events older than 28 days may not be attributed</source>
        <translation>%1: Events, die älter als 28 Tage sind, werden möglicherweise nicht zugeordnet</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
</context>
<context>
    <name>ConvStudio::WebhookAdapter</name>
    <message>
        <source>Everything in the conversion</source>
        <translation>Alles aus der Conversion</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
</context>
<context>
    <name>ConvStudio::WebhookMapping</name>
    <message>
        <source>The Shopify payload is not a JSON object.</source>
        <translation>Die Shopify-Payload ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The Shopify payload has no &apos;id&apos;.</source>
        <translation>Die Shopify-Payload hat keine &apos;id&apos;.</translation>
    </message>
    <message>
        <source>Shopify topic &apos;%1&apos; is not one Conversion Studio records.</source>
        <translation>Das Shopify-Topic &apos;%1&apos; wird von Conversion Studio nicht erfasst.</translation>
    </message>
    <message>
        <source>The Stripe payload is not an event (it has no data.object).</source>
        <translation>Die Stripe-Payload ist kein Event (sie hat kein data.object).</translation>
    </message>
    <message>
        <source>The Stripe event has no &apos;id&apos; or &apos;type&apos;.</source>
        <translation>Das Stripe-Event hat keine &apos;id&apos; oder keinen &apos;type&apos;.</translation>
    </message>
    <message>
        <source>Stripe event type &apos;%1&apos; is not one Conversion Studio records.</source>
        <translation>Der Stripe-Event-Typ &apos;%1&apos; wird von Conversion Studio nicht erfasst.</translation>
    </message>
</context>
</TS>
