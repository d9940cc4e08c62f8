<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ekyc::CatalogPage</name>
    <message numerus="yes">
        <source>Copied %n row(s) as tab-separated text.</source>
        <translation>
            <numerusform>Copied %n row as tab-separated text.</numerusform>
            <numerusform>Copied %n rows as tab-separated text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ekyc::MatchedLinesPane</name>
    <message numerus="yes">
        <source>Exported %n matched line(s).</source>
        <translation>
            <numerusform>Exported %n matched line.</numerusform>
            <numerusform>Exported %n matched lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled, %n line(s) read</source>
        <translation>
            <numerusform>cancelled, %n line read</numerusform>
            <numerusform>cancelled, %n lines read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ekyc::ReportOpener</name>
    <message numerus="yes">
        <source>Opened the report %1 (%n input(s)); it holds the counts, not the log lines.</source>
        <translation>
            <numerusform>Opened the report %1 (%n input); it holds the counts, not the log lines.</numerusform>
            <numerusform>Opened the report %1 (%n inputs); it holds the counts, not the log lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ekyc::ResultsView</name>
    <message numerus="yes">
        <source>Copied %n line(s) as tab-separated text.</source>
        <translation>
            <numerusform>Copied %n line as tab-separated text.</numerusform>
            <numerusform>Copied %n lines as tab-separated text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) as tab-separated text.</source>
        <translation>
            <numerusform>Copied %n row as tab-separated text.</numerusform>
            <numerusform>Copied %n rows as tab-separated text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ekyc::RunProgressWidget</name>
    <message numerus="yes">
        <source> (%n more run(s) queued)</source>
        <translation>
            <numerusform> (%n more run queued)</numerusform>
            <numerusform> (%n more runs queued)</numerusform>
        </translation>
    </message>
</context>
</TS>
