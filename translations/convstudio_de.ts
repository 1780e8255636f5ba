<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConvStudio::Cli</name>
    <message>
        <source>Store and list canonical events</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command. Try &apos;convstudio --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvStudio::CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Try &apos;%2 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvStudio::Database</name>
    <message>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Conversion Studio workspace (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 was made by a newer version of Conversion Studio (format %2; this version reads up to %3). It was not changed: open it with the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the workspace %1 to format %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventDetailView</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventIngest</name>
    <message>
        <source>The demo events are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventParser</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;time&apos;: a unix time cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;time&apos;: %1 is not a unix time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO-8601 string or a unix time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;time&apos;: &apos;%1&apos; has no time zone; add &apos;Z&apos; or an offset such as &apos;+01:00&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;time&apos;: &apos;%1&apos; is not an ISO-8601 date-time or a unix time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event must be a JSON object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;time&apos; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;action_source&apos;: &apos;%1&apos; is not one of website, app, email, phone_call, chat, physical_store, system_generated, other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;value&apos;: &apos;%1&apos; is not a plain decimal number such as &quot;129.95&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;currency&apos;: &apos;%1&apos; is not a three-letter ISO-4217 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string, number or boolean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventStreamReader</name>
    <message>
        <source>unexpected text after the closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON array is not closed: &apos;]&apos; is missing at the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty element in the JSON array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventTableModel</name>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click ids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventsCommand</name>
    <message>
        <source>Usage: convstudio events add --input FILE [--json]
       convstudio events list [--json] [--limit N] [--name NAME] [--since ISO] [--until ISO]

Store canonical events (JSON Lines or a JSON array) and list them.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;events %1&apos; is not a command. Try &apos;convstudio events --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical events: JSON Lines or one JSON array; - is stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads canonical events and stores them in the workspace. Events already stored (same source and event_id) are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events add needs --input FILE (use - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 duplicates skipped, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing events from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON Lines: each canonical event with &quot;standard_name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print at most N events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events whose raw or standard name is NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events at or after this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events before this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists stored events in time order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not an ISO-8601 time with a zone, such as 2026-11-20T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing events failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventsPage</name>
    <message>
        <source>Search events (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events are what your customers did: orders, leads, sign-ups. Bring them in from a store or network export, try the demo workspace, or receive them live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Only &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Only Source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvStudio::Gui</name>
    <message>
        <source>Welcome to Conversion Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Conversion Studio&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a demo workspace of a few hundred realistic orders, leads and affiliate sales to look around, or with an empty workspace for your own data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvStudio::MainWindow</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (coming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of Conversion Studio is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and event files (*.csv *.tsv *.txt *.json *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Conversion Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Conversion Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Conversion Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Conversion Studio %1&lt;/h3&gt;&lt;p&gt;Compose conversions from your events, preview what every ad platform would receive, and deliver them once.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvStudio::TaxonomyRepository</name>
    <message>
        <source>&apos;%1&apos; is not a standard conversion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
