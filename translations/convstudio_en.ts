<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
