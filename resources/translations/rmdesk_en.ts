<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>CrashReporter</name>
        <message>
            <location filename="../../ui/errors.py" line="56" />
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="58" />
            <source>Something went wrong. Your saved work is safe.
Please send the log file to support:
{path}</source>
            <translation>Something went wrong. Your saved work is safe.
Please send the log file to support:
{path}</translation>
        </message>
    </context>
    <context>
        <name>CustomerStatus</name>
        <message>
            <location filename="../../ui/customer_model.py" line="34" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="35" />
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="36" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
    </context>
    <context>
        <name>CustomerTableModel</name>
        <message>
            <location filename="../../ui/customer_model.py" line="25" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="26" />
            <source>USCC</source>
            <translation>USCC</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="27" />
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="28" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="29" />
            <source>Employees</source>
            <translation>Employees</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="30" />
            <source>Revenue (10k CNY)</source>
            <translation>Revenue (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="31" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <location filename="../../ui/pages/customers.py" line="77" />
            <source>Search by name or USCC…</source>
            <translation>Search by name or USCC…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="107" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="110" />
            <source>{count} customers</source>
            <translation>{count} customers</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="152" />
            <location filename="../../ui/selftest.py" line="62" />
            <source>RM Desk</source>
            <translation>RM Desk</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="157" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="158" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="159" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="160" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="161" />
            <source>&amp;About RM Desk</source>
            <translation>&amp;About RM Desk</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="175" />
            <source>About RM Desk</source>
            <translation>About RM Desk</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="177" />
            <source>RM Desk {version}
Workbench for SME relationship managers.
Profile: {path}</source>
            <translation>RM Desk {version}
Workbench for SME relationship managers.
Profile: {path}</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../../ui/pages/customers.py" line="73" />
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/placeholder.py" line="11" />
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <location filename="../../ui/pages/placeholder.py" line="12" />
            <source>Applications</source>
            <translation>Applications</translation>
        </message>
        <message>
            <location filename="../../ui/pages/placeholder.py" line="13" />
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="49" />
            <source>Settings</source>
            <extracomment>Language names are written in their own language, so anyone can find theirs.</extracomment>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="58" />
            <source>Today</source>
            <translation>Today</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <location filename="../../ui/pages/placeholder.py" line="38" />
            <source>Coming soon.</source>
            <translation>Coming soon.</translation>
        </message>
    </context>
    <context>
        <name>ProfileErrorDialog</name>
        <message>
            <location filename="../../ui/profile_dialog.py" line="14" />
            <source>The profile folder cannot be created or written:
{path}</source>
            <translation>The profile folder cannot be created or written:
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="17" />
            <source>The profile database cannot be read:
{path}</source>
            <translation>The profile database cannot be read:
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="20" />
            <source>The profile database is damaged or is not an RM Desk database:
{path}

The file has not been changed. Open another folder, or ask support to recover it.</source>
            <translation>The profile database is damaged or is not an RM Desk database:
{path}

The file has not been changed. Open another folder, or ask support to recover it.</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="25" />
            <source>This profile was saved by a newer version of RM Desk:
{path}

Please update RM Desk. The file has not been changed.</source>
            <translation>This profile was saved by a newer version of RM Desk:
{path}

Please update RM Desk. The file has not been changed.</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="40" />
            <source>Cannot open profile</source>
            <translation>Cannot open profile</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="45" />
            <source>Open another folder…</source>
            <translation>Open another folder…</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="48" />
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="57" />
            <source>Choose a profile folder</source>
            <translation>Choose a profile folder</translation>
        </message>
    </context>
    <context>
        <name>RmStatusBar</name>
        <message>
            <location filename="../../ui/status_bar.py" line="59" />
            <source>● Online</source>
            <translation>● Online</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="59" />
            <source>○ Offline</source>
            <translation>○ Offline</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="60" />
            <source>Unsynced changes: {n}</source>
            <translation>Unsynced changes: {n}</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/pages/settings.py" line="53" />
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="54" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="54" />
            <source>Profile folder</source>
            <translation>Profile folder</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="54" />
            <source>Log file</source>
            <translation>Log file</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../../ui/pages/today.py" line="62" />
            <source>Today, {date}</source>
            <translation>Today, {date}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="63" />
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="64" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="65" />
            <source>Drafts to finish</source>
            <translation>Drafts to finish</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="66" />
            <source>Unsynced changes</source>
            <translation>Unsynced changes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="68" />
            <source>Visits, follow-ups and alerts will appear here in a coming release.</source>
            <translation>Visits, follow-ups and alerts will appear here in a coming release.</translation>
        </message>
    </context>
</TS>
