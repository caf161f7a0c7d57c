<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>Alert</name>
        <message>
            <location filename="../../app/alerts.py" line="100" />
            <location filename="../../app/alerts.py" line="209" />
            <source>The note is too long: at most {max} characters</source>
            <extracomment>Longest note a resolution or a tick may add, in characters.</extracomment>
            <translation>The note is too long: at most {max} characters</translation>
        </message>
        <message>
            <location filename="../../app/alerts.py" line="204" />
            <source>Say how the alert was resolved</source>
            <translation>Say how the alert was resolved</translation>
        </message>
        <message>
            <location filename="../../app/alerts.py" line="219" />
            <source>This alert is already resolved</source>
            <translation>This alert is already resolved</translation>
        </message>
    </context>
    <context>
        <name>AlertHistoryDialog</name>
        <message>
            <location filename="../../ui/visits/alerts.py" line="113" />
            <source>Alert history</source>
            <translation>Alert history</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="114" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="117" />
            <source>Raised</source>
            <translation>Raised</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="118" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="119" />
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="120" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="121" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="122" />
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="147" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="150" />
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="151" />
            <source>{date}: {note}</source>
            <translation>{date}: {note}</translation>
        </message>
    </context>
    <context>
        <name>AlertsBar</name>
        <message>
            <location filename="../../ui/visits/alerts.py" line="217" />
            <source>Open alerts ({count})</source>
            <extracomment>The open alerts were (re)read and are shown.</extracomment>
            <translation>Open alerts ({count})</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="218" />
            <source>History…</source>
            <translation>History…</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="220" />
            <source>{count} more: see History</source>
            <translation>{count} more: see History</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="267" />
            <source>raised {date}</source>
            <translation>raised {date}</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="270" />
            <source>Resolve…</source>
            <translation>Resolve…</translation>
        </message>
    </context>
    <context>
        <name>AppLock</name>
        <message>
            <location filename="../../app/security/pin.py" line="40" />
            <source>The PIN may contain only digits</source>
            <translation>The PIN may contain only digits</translation>
        </message>
        <message>
            <location filename="../../app/security/pin.py" line="41" />
            <source>The PIN needs at least {min} digits</source>
            <translation>The PIN needs at least {min} digits</translation>
        </message>
        <message>
            <location filename="../../app/security/pin.py" line="42" />
            <source>The PIN may have at most {max} digits</source>
            <translation>The PIN may have at most {max} digits</translation>
        </message>
        <message>
            <location filename="../../app/security/pin.py" line="43" />
            <source>This PIN is too easy to guess (repeated or consecutive digits, or a common pattern): choose another</source>
            <translation>This PIN is too easy to guess (repeated or consecutive digits, or a common pattern): choose another</translation>
        </message>
        <message>
            <location filename="../../app/security/pin.py" line="48" />
            <source>The two PINs differ: type the same PIN twice</source>
            <translation>The two PINs differ: type the same PIN twice</translation>
        </message>
        <message>
            <location filename="../../app/security/pin.py" line="49" />
            <source>The current PIN is wrong</source>
            <translation>The current PIN is wrong</translation>
        </message>
        <message>
            <location filename="../../app/security/offline_lock.py" line="67" />
            <source>This profile has not synced for more than {days} days: sign in and sync to unlock it</source>
            <extracomment>Commands that still run while the profile is offline-locked (they bring it back).</extracomment>
            <translation>This profile has not synced for more than {days} days: sign in and sync to unlock it</translation>
        </message>
        <message>
            <location filename="../../app/security/cli_lock.py" line="58" />
            <source>RM Desk PIN: </source>
            <extracomment>``translate(context, source)``: the source text in the run's language. Asks for the PIN (a no-echo prompt); raises EOFError when nothing can be typed. Commands that run without the PIN: they print no customer data (ids and counts at most) and scheduled jobs or support rely on them. Keys: :func:`command_key`. (``--self-test`` is no command: it prints only checks, paths and counts.) Of those, the ones that talk to the sync server run without the PIN only while they keep the profile's account (server, user, CA bundle): signing in elsewhere, or trusting another CA, would let a sync send the profile's records to someone else.</extracomment>
            <translation>RM Desk PIN: </translation>
        </message>
        <message>
            <location filename="../../app/security/cli_lock.py" line="59" />
            <source>This profile is locked with a PIN: run the command in a terminal to type it, or give it on the first line of standard input with --pin-stdin</source>
            <translation>This profile is locked with a PIN: run the command in a terminal to type it, or give it on the first line of standard input with --pin-stdin</translation>
        </message>
        <message>
            <location filename="../../app/security/cli_lock.py" line="64" />
            <source>Wrong PIN ({failures} in a row; after {limit} the PIN is disabled and only the sync server password unlocks RM Desk)</source>
            <translation>Wrong PIN ({failures} in a row; after {limit} the PIN is disabled and only the sync server password unlocks RM Desk)</translation>
        </message>
        <message>
            <location filename="../../app/security/cli_lock.py" line="69" />
            <source>Too many wrong PINs: try again in {seconds} s</source>
            <translation>Too many wrong PINs: try again in {seconds} s</translation>
        </message>
        <message>
            <location filename="../../app/security/cli_lock.py" line="70" />
            <source>Too many wrong PINs: the PIN is disabled. Only the sync server password unlocks RM Desk now: unlock the RM Desk window with it (or sign in again with rmdesk login); that enables the PIN again</source>
            <translation>Too many wrong PINs: the PIN is disabled. Only the sync server password unlocks RM Desk now: unlock the RM Desk window with it (or sign in again with rmdesk login); that enables the PIN again</translation>
        </message>
        <message>
            <location filename="../../app/security/cli_lock.py" line="76" />
            <source>The app lock could not be read: the PIN is disabled. Only the sync server password unlocks RM Desk now: unlock the RM Desk window with it (or sign in again with rmdesk login), then set a new PIN</source>
            <translation>The app lock could not be read: the PIN is disabled. Only the sync server password unlocks RM Desk now: unlock the RM Desk window with it (or sign in again with rmdesk login), then set a new PIN</translation>
        </message>
        <message>
            <location filename="../../app/security/cli_lock.py" line="82" />
            <source>The PIN could not be checked (the keyring did not answer): try again</source>
            <translation>The PIN could not be checked (the keyring did not answer): try again</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../../app/applications.py" line="233" />
            <source>Choose a loan product</source>
            <extracomment>Documents whose validity ends within this many days are "expiring soon".</extracomment>
            <translation>Choose a loan product</translation>
        </message>
        <message>
            <location filename="../../app/applications.py" line="238" />
            <source>Enter the amount</source>
            <translation>Enter the amount</translation>
        </message>
        <message>
            <location filename="../../app/applications.py" line="245" />
            <source>For this product the amount must be {min} to {max} 万元</source>
            <translation>For this product the amount must be {min} to {max} 万元</translation>
        </message>
        <message>
            <location filename="../../app/applications.py" line="257" />
            <source>Enter the term in months</source>
            <translation>Enter the term in months</translation>
        </message>
        <message>
            <location filename="../../app/applications.py" line="265" />
            <source>For this product the term must be {min} to {max} months</source>
            <translation>For this product the term must be {min} to {max} months</translation>
        </message>
        <message>
            <location filename="../../app/applications.py" line="277" />
            <source>This product does not take this collateral</source>
            <translation>This product does not take this collateral</translation>
        </message>
        <message>
            <location filename="../../app/applications.py" line="285" />
            <source>The purpose is too long: at most 200 characters</source>
            <translation>The purpose is too long: at most 200 characters</translation>
        </message>
        <message>
            <location filename="../../app/applications.py" line="331" />
            <source>Only a draft application can be changed</source>
            <translation>Only a draft application can be changed</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDetails</name>
        <message>
            <location filename="../../ui/applications/details.py" line="76" />
            <source>Open checklist</source>
            <extracomment>Open the checklist window of this application.</extracomment>
            <translation>Open checklist</translation>
        </message>
        <message>
            <location filename="../../ui/applications/details.py" line="79" />
            <source>Select an application to see its stage and decision.</source>
            <translation>Select an application to see its stage and decision.</translation>
        </message>
        <message>
            <location filename="../../ui/applications/details.py" line="85" />
            <location filename="../../ui/applications/details.py" line="118" />
            <source>{amount} 万元</source>
            <translation>{amount} 万元</translation>
        </message>
        <message>
            <location filename="../../ui/applications/details.py" line="93" />
            <source>Missing: {items}</source>
            <translation>Missing: {items}</translation>
        </message>
        <message>
            <location filename="../../ui/applications/details.py" line="98" />
            <source>Stage: {stage}</source>
            <translation>Stage: {stage}</translation>
        </message>
        <message>
            <location filename="../../ui/applications/details.py" line="101" />
            <source>since {date} ({days})</source>
            <translation>since {date} ({days})</translation>
        </message>
        <message>
            <location filename="../../ui/applications/details.py" line="111" />
            <source>No decision yet (it arrives with sync).</source>
            <translation>No decision yet (it arrives with sync).</translation>
        </message>
        <message>
            <location filename="../../ui/applications/details.py" line="120" />
            <source>{months} months</source>
            <translation>{months} months</translation>
        </message>
        <message>
            <location filename="../../ui/applications/details.py" line="122" />
            <source>rate {rate}% a year</source>
            <translation>rate {rate}% a year</translation>
        </message>
        <message>
            <location filename="../../ui/applications/details.py" line="124" />
            <source>Approved terms: {terms}</source>
            <translation>Approved terms: {terms}</translation>
        </message>
        <message>
            <location filename="../../ui/applications/details.py" line="128" />
            <source>Conditions:</source>
            <translation>Conditions:</translation>
        </message>
        <message>
            <location filename="../../ui/applications/details.py" line="131" />
            <source>Reason: {reason}</source>
            <translation>Reason: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/applications/details.py" line="136" />
            <source>Documents requested: {items}</source>
            <translation>Documents requested: {items}</translation>
        </message>
        <message>
            <location filename="../../ui/applications/details.py" line="142" />
            <source>Decision: {outcome}</source>
            <translation>Decision: {outcome}</translation>
        </message>
        <message>
            <location filename="../../ui/applications/details.py" line="146" />
            <source>Decision: {outcome}, by {officer} on {date}</source>
            <translation>Decision: {outcome}, by {officer} on {date}</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDialog</name>
        <message>
            <location filename="../../ui/applications/dialog.py" line="206" />
            <source>Change…</source>
            <extracomment>Blocking items named in the header; the rest are counted. The application was (re)loaded and is on screen. Changes sent to the background and not yet answered. The message box shown last, the waive and preview dialogs opened last.</extracomment>
            <translation>Change…</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="207" />
            <source>Mark ready to submit</source>
            <translation>Mark ready to submit</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="208" />
            <source>Scorecard…</source>
            <translation>Scorecard…</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="209" />
            <source>Print packet…</source>
            <translation>Print packet…</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="210" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="213" />
            <source>Application</source>
            <translation>Application</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="214" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="222" />
            <source>Application: {customer}, {product}</source>
            <translation>Application: {customer}, {product}</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="231" />
            <source>{count} months</source>
            <translation>{count} months</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="232" />
            <source>Collateral: {type}</source>
            <translation>Collateral: {type}</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="237" />
            <source>Purpose: {purpose}</source>
            <translation>Purpose: {purpose}</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="241" />
            <source>{percent} of required documents</source>
            <translation>{percent} of required documents</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="253" />
            <source>All required documents are in</source>
            <translation>All required documents are in</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="256" />
            <source>Still needed ({count}): {items} and {more} more</source>
            <translation>Still needed ({count}): {items} and {more} more</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="259" />
            <source>Still needed ({count}): {items}</source>
            <translation>Still needed ({count}): {items}</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="284" />
            <source>This application no longer exists.</source>
            <translation>This application no longer exists.</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="286" />
            <source>The application could not be loaded: {error}</source>
            <translation>The application could not be loaded: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="321" />
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="333" />
            <source>Not done</source>
            <translation>Not done</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="357" />
            <source>Attach files</source>
            <translation>Attach files</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="359" />
            <source>Scans and PDFs ({patterns});;All files (*)</source>
            <translation>Scans and PDFs ({patterns});;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="373" />
            <source>File not attached</source>
            <translation>File not attached</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="377" />
            <source>Attaching…</source>
            <translation>Attaching…</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="442" />
            <location filename="../../ui/applications/dialog.py" line="449" />
            <source>Not ready to submit</source>
            <translation>Not ready to submit</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="443" />
            <source>These required documents are missing or expired:</source>
            <translation>These required documents are missing or expired:</translation>
        </message>
        <message>
            <location filename="../../ui/applications/dialog.py" line="450" />
            <source>The application's terms do not fit the product:</source>
            <translation>The application's terms do not fit the product:</translation>
        </message>
    </context>
    <context>
        <name>ApplicationEditor</name>
        <message>
            <location filename="../../ui/applications/editor.py" line="209" />
            <source>New application</source>
            <extracomment>The application to change was loaded into the fields.</extracomment>
            <translation>New application</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="209" />
            <source>Change application</source>
            <translation>Change application</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="212" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="213" />
            <source>Loan product</source>
            <translation>Loan product</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="214" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="215" />
            <source>Term</source>
            <translation>Term</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="216" />
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="217" />
            <source>Collateral</source>
            <translation>Collateral</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="218" />
            <source>Collateral details</source>
            <translation>Collateral details</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="222" />
            <source>10k CNY</source>
            <translation>10k CNY</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="223" />
            <source>months</source>
            <translation>months</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="224" />
            <source>Choose a loan product</source>
            <translation>Choose a loan product</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="225" />
            <source>e.g. buy raw materials</source>
            <translation>e.g. buy raw materials</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="227" />
            <source>e.g. plant at 100 Wensan Road, title no.</source>
            <translation>e.g. plant at 100 Wensan Road, title no.</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="229" />
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="229" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="230" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="248" />
            <source>{amount_min} to {amount_max} (10k CNY), {term_min} to {term_max} months</source>
            <translation>{amount_min} to {amount_max} (10k CNY), {term_min} to {term_max} months</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="279" />
            <source>Choose a customer</source>
            <translation>Choose a customer</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="283" />
            <source>Enter the amount in 10k CNY, e.g. 300</source>
            <translation>Enter the amount in 10k CNY, e.g. 300</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="285" />
            <source>Enter the term in whole months, e.g. 12</source>
            <translation>Enter the term in whole months, e.g. 12</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="325" />
            <source>The application could not be loaded.</source>
            <translation>The application could not be loaded.</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="351" />
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="375" />
            <source>Could not save: {error}</source>
            <translation>Could not save: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/applications/editor.py" line="386" />
            <source>Not saved: some fields are wrong</source>
            <translation>Not saved: some fields are wrong</translation>
        </message>
    </context>
    <context>
        <name>ApplicationStatus</name>
        <message>
            <location filename="../../ui/applications/texts.py" line="34" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../ui/applications/texts.py" line="35" />
            <source>Ready to submit</source>
            <translation>Ready to submit</translation>
        </message>
        <message>
            <location filename="../../ui/applications/texts.py" line="36" />
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
    </context>
    <context>
        <name>ApplicationTableModel</name>
        <message>
            <location filename="../../ui/applications/model.py" line="31" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../ui/applications/model.py" line="33" />
            <source>3-day answer</source>
            <translation>3-day answer</translation>
        </message>
        <message>
            <location filename="../../ui/applications/model.py" line="35" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../ui/applications/model.py" line="36" />
            <source>Amount (10k CNY)</source>
            <translation>Amount (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/applications/model.py" line="82" />
            <source>1 day</source>
            <translation>1 day</translation>
        </message>
        <message>
            <location filename="../../ui/applications/model.py" line="83" />
            <source>{days} days</source>
            <translation>{days} days</translation>
        </message>
        <message>
            <location filename="../../ui/applications/model.py" line="32" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../ui/applications/model.py" line="34" />
            <source>In stage</source>
            <translation>In stage</translation>
        </message>
        <message>
            <location filename="../../ui/applications/model.py" line="40" />
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../ui/applications/model.py" line="41" />
            <source>RM</source>
            <translation>RM</translation>
        </message>
        <message>
            <location filename="../../ui/applications/model.py" line="80" />
            <source>today</source>
            <extracomment>The SQL order behind each column (None: not sortable). Data role carrying the row's :class:`ApplicationRow`.</extracomment>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../ui/applications/model.py" line="90" />
            <source>Overdue: {days} business days</source>
            <translation>Overdue: {days} business days</translation>
        </message>
        <message>
            <location filename="../../ui/applications/model.py" line="94" />
            <source>{days} of {promise} business days</source>
            <translation>{days} of {promise} business days</translation>
        </message>
        <message>
            <location filename="../../ui/applications/model.py" line="100" />
            <source>Answered in {days} business days</source>
            <translation>Answered in {days} business days</translation>
        </message>
        <message>
            <location filename="../../ui/applications/model.py" line="206" />
            <source>No answer yet, more than {promise} business days after submission</source>
            <translation>No answer yet, more than {promise} business days after submission</translation>
        </message>
        <message>
            <location filename="../../ui/applications/model.py" line="37" />
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message>
            <location filename="../../ui/applications/model.py" line="38" />
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location filename="../../ui/applications/model.py" line="39" />
            <source>Expiring soon</source>
            <translation>Expiring soon</translation>
        </message>
    </context>
    <context>
        <name>ApplicationTexts</name>
        <message>
            <location filename="../../ui/applications/texts.py" line="136" />
            <source>It was deleted meanwhile.</source>
            <translation>It was deleted meanwhile.</translation>
        </message>
        <message>
            <location filename="../../ui/applications/texts.py" line="137" />
            <source>Something went wrong: {error}</source>
            <translation>Something went wrong: {error}</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsCard</name>
        <message>
            <location filename="../../ui/pages/today.py" line="98" />
            <source>Applications needing documents</source>
            <extracomment>Missing documents named per application; the rest are counted.</extracomment>
            <translation>Applications needing documents</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="99" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="100" />
            <source>No application is waiting for documents.</source>
            <translation>No application is waiting for documents.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="101" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="101" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="101" />
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="135" />
            <source>{count} more</source>
            <translation>{count} more</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="138" />
            <source>{count} expiring soon</source>
            <translation>{count} expiring soon</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsPage</name>
        <message>
            <location filename="../../ui/pages/applications.py" line="183" />
            <source>Search customer or product…</source>
            <translation>Search customer or product…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/applications.py" line="184" />
            <source>New application</source>
            <translation>New application</translation>
        </message>
        <message>
            <location filename="../../ui/pages/applications.py" line="185" />
            <source>Only overdue</source>
            <translation>Only overdue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/applications.py" line="187" />
            <source>Applications waiting more than three business days for an answer</source>
            <translation>Applications waiting more than three business days for an answer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/applications.py" line="191" />
            <source>All stages</source>
            <translation>All stages</translation>
        </message>
        <message>
            <location filename="../../ui/pages/applications.py" line="198" />
            <location filename="../../ui/pages/applications.py" line="262" />
            <source>All segments</source>
            <translation>All segments</translation>
        </message>
        <message>
            <location filename="../../ui/pages/applications.py" line="199" />
            <location filename="../../ui/pages/applications.py" line="264" />
            <source>All RMs</source>
            <translation>All RMs</translation>
        </message>
        <message>
            <location filename="../../ui/pages/applications.py" line="200" />
            <source>Double-click an application to see its checklist.</source>
            <translation>Double-click an application to see its checklist.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/applications.py" line="231" />
            <source>All products</source>
            <translation>All products</translation>
        </message>
        <message>
            <location filename="../../ui/pages/applications.py" line="322" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/applications.py" line="325" />
            <source>{count} applications</source>
            <translation>{count} applications</translation>
        </message>
    </context>
    <context>
        <name>AssessmentPanel</name>
        <message>
            <location filename="../../ui/onboarding/assessment.py" line="86" />
            <source>Enterprise size</source>
            <translation>Enterprise size</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/assessment.py" line="87" />
            <source>SME eligibility</source>
            <translation>SME eligibility</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/assessment.py" line="88" />
            <source>Not yet known</source>
            <translation>Not yet known</translation>
        </message>
    </context>
    <context>
        <name>AssessmentStatus</name>
        <message>
            <location filename="../../ui/scoring/texts.py" line="52" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="53" />
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="54" />
            <source>Superseded</source>
            <translation>Superseded</translation>
        </message>
    </context>
    <context>
        <name>Attachment</name>
        <message>
            <location filename="../../app/attachment_store.py" line="90" />
            <source>{name} cannot be read: it may have been moved or deleted, or you may not have permission to open it</source>
            <extracomment>Short names of the stored types, the same in every language (for lists and messages). Every type the store keeps. The picture types (everything but PDF). The English template of each problem code (context "Attachment").</extracomment>
            <translation>{name} cannot be read: it may have been moved or deleted, or you may not have permission to open it</translation>
        </message>
        <message>
            <location filename="../../app/attachment_store.py" line="95" />
            <source>{name} is empty</source>
            <translation>{name} is empty</translation>
        </message>
        <message>
            <location filename="../../app/attachment_store.py" line="96" />
            <source>{name} is {size} MB; the limit is {limit} MB</source>
            <translation>{name} is {size} MB; the limit is {limit} MB</translation>
        </message>
        <message>
            <location filename="../../app/attachment_store.py" line="97" />
            <source>{name} is not a PDF or a picture (JPEG, PNG, TIFF, HEIC)</source>
            <translation>{name} is not a PDF or a picture (JPEG, PNG, TIFF, HEIC)</translation>
        </message>
        <message>
            <location filename="../../app/attachment_store.py" line="100" />
            <source>{name} is damaged and cannot be opened</source>
            <translation>{name} is damaged and cannot be opened</translation>
        </message>
        <message>
            <location filename="../../app/attachment_store.py" line="101" />
            <source>{name} is protected by a password; save a copy without the password and add that</source>
            <translation>{name} is protected by a password; save a copy without the password and add that</translation>
        </message>
        <message>
            <location filename="../../app/attachment_store.py" line="105" />
            <source>Wrong type for this item: {type}; accepted: {accepted}</source>
            <translation>Wrong type for this item: {type}; accepted: {accepted}</translation>
        </message>
        <message>
            <location filename="../../app/attachment_store.py" line="108" />
            <source>{name} could not be saved: check that the disk has free space</source>
            <translation>{name} could not be saved: check that the disk has free space</translation>
        </message>
    </context>
    <context>
        <name>BatchCreation</name>
        <message>
            <location filename="../../ui/segments/batch.py" line="55" />
            <source>Create applications</source>
            <extracomment>The applications were created (the :class:`BatchResult`). Nothing was created: the message for the status line. The last result shown (its message box: :attr:`result_box`).</extracomment>
            <translation>Create applications</translation>
        </message>
        <message>
            <location filename="../../ui/segments/batch.py" line="64" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../ui/segments/batch.py" line="72" />
            <source>Create {count} draft applications for {product} with the segment's shared terms? Prospects that are not eligible or already have an open application are skipped.</source>
            <translation>Create {count} draft applications for {product} with the segment's shared terms? Prospects that are not eligible or already have an open application are skipped.</translation>
        </message>
        <message>
            <location filename="../../ui/segments/batch.py" line="93" />
            <source>Creating {count} applications…</source>
            <translation>Creating {count} applications…</translation>
        </message>
        <message>
            <location filename="../../ui/segments/batch.py" line="111" />
            <source>{created} applications created, {skipped} skipped.</source>
            <translation>{created} applications created, {skipped} skipped.</translation>
        </message>
        <message>
            <location filename="../../ui/segments/batch.py" line="120" />
            <source>Nothing was created: {error}</source>
            <translation>Nothing was created: {error}</translation>
        </message>
    </context>
    <context>
        <name>BusinessPage</name>
        <message>
            <location filename="../../ui/onboarding/pages.py" line="224" />
            <source>Business</source>
            <translation>Business</translation>
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <location filename="../../app/applications.py" line="639" />
            <source>The expiry date is before the issue date</source>
            <translation>The expiry date is before the issue date</translation>
        </message>
        <message>
            <location filename="../../app/applications.py" line="656" />
            <source>This document is for another checklist item</source>
            <translation>This document is for another checklist item</translation>
        </message>
        <message>
            <location filename="../../app/checklist.py" line="68" />
            <source>This is not possible in the item's present state</source>
            <extracomment>Allowed moves of the stored state. States that count as collected (unless expired).</extracomment>
            <translation>This is not possible in the item's present state</translation>
        </message>
        <message>
            <location filename="../../app/checklist.py" line="71" />
            <location filename="../../ui/applications/waive.py" line="71" />
            <source>Give a reason for the waiver</source>
            <translation>Give a reason for the waiver</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <location filename="../../ui/applications/checklist.py" line="52" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../ui/applications/checklist.py" line="53" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../ui/applications/checklist.py" line="54" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/applications/checklist.py" line="72" />
            <source>Reason: {reason}</source>
            <translation>Reason: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/applications/checklist.py" line="82" />
            <source>{count} file(s)</source>
            <translation>{count} file(s)</translation>
        </message>
        <message>
            <location filename="../../ui/applications/checklist.py" line="85" />
            <source>A document is on file</source>
            <translation>A document is on file</translation>
        </message>
        <message>
            <location filename="../../ui/applications/checklist.py" line="87" />
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <location filename="../../ui/applications/checklist.py" line="132" />
            <source>{name} (optional)</source>
            <translation>{name} (optional)</translation>
        </message>
    </context>
    <context>
        <name>ChecklistState</name>
        <message>
            <location filename="../../ui/applications/texts.py" line="26" />
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location filename="../../ui/applications/texts.py" line="27" />
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../ui/applications/texts.py" line="28" />
            <source>Verified</source>
            <translation>Verified</translation>
        </message>
        <message>
            <location filename="../../ui/applications/texts.py" line="29" />
            <source>Waived</source>
            <translation>Waived</translation>
        </message>
        <message>
            <location filename="../../ui/applications/texts.py" line="30" />
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
    </context>
    <context>
        <name>ChecklistView</name>
        <message>
            <location filename="../../ui/applications/checklist.py" line="279" />
            <source>Only what is missing</source>
            <extracomment>Files were dropped on the row of an item (item id, paths). The item whose details are shown changed (None: a group or nothing). Mark the selected items received. Use every valid document on file. Files dropped on an item's row (item id, paths).</extracomment>
            <translation>Only what is missing</translation>
        </message>
        <message>
            <location filename="../../ui/applications/checklist.py" line="280" />
            <source>Show only the required items still missing</source>
            <translation>Show only the required items still missing</translation>
        </message>
        <message>
            <location filename="../../ui/applications/checklist.py" line="281" />
            <source>Mark received</source>
            <translation>Mark received</translation>
        </message>
        <message>
            <location filename="../../ui/applications/checklist.py" line="283" />
            <source>Mark the selected items received (papers seen)</source>
            <translation>Mark the selected items received (papers seen)</translation>
        </message>
        <message>
            <location filename="../../ui/applications/checklist.py" line="285" />
            <source>Use all documents on file</source>
            <translation>Use all documents on file</translation>
        </message>
    </context>
    <context>
        <name>ChecksPanel</name>
        <message>
            <location filename="../../ui/visits/checks.py" line="126" />
            <source>Answer what you checked on site; leave the rest empty.</source>
            <translation>Answer what you checked on site; leave the rest empty.</translation>
        </message>
    </context>
    <context>
        <name>Collateral</name>
        <message>
            <location filename="../../app/catalogue.py" line="54" />
            <source>None (unsecured)</source>
            <extracomment>Collateral types, in display order, with English labels (context ``Collateral``).</extracomment>
            <translation>None (unsecured)</translation>
        </message>
        <message>
            <location filename="../../app/catalogue.py" line="55" />
            <source>Property mortgage</source>
            <translation>Property mortgage</translation>
        </message>
        <message>
            <location filename="../../app/catalogue.py" line="56" />
            <source>Equipment mortgage</source>
            <translation>Equipment mortgage</translation>
        </message>
        <message>
            <location filename="../../app/catalogue.py" line="57" />
            <source>Receivables pledge</source>
            <translation>Receivables pledge</translation>
        </message>
        <message>
            <location filename="../../app/catalogue.py" line="58" />
            <source>Margin deposit or CD pledge</source>
            <translation>Margin deposit or CD pledge</translation>
        </message>
        <message>
            <location filename="../../app/catalogue.py" line="59" />
            <source>Third-party guarantee</source>
            <translation>Third-party guarantee</translation>
        </message>
        <message>
            <location filename="../../app/catalogue.py" line="66" />
            <source>Collateral required</source>
            <extracomment>Collateral requirements with English labels (context ``Collateral``).</extracomment>
            <translation>Collateral required</translation>
        </message>
        <message>
            <location filename="../../app/catalogue.py" line="67" />
            <source>Collateral optional</source>
            <translation>Collateral optional</translation>
        </message>
        <message>
            <location filename="../../app/catalogue.py" line="68" />
            <source>Unsecured</source>
            <translation>Unsecured</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <location filename="../../ui/sync/conflicts_view.py" line="136" />
            <source>not known</source>
            <extracomment>Resolve these conflicts: (ids, "mine" | "theirs" | "edit", value). Open a record: (entity, id). The edit dialog shown last.</extracomment>
            <translation>not known</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_view.py" line="147" />
            <source>Changed on the server by {user}</source>
            <translation>Changed on the server by {user}</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_view.py" line="210" />
            <source>The value could not be shown: {error}</source>
            <translation>The value could not be shown: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_view.py" line="282" />
            <source>These fields were changed on this laptop and on the server. Choose the value to keep; it is sent with the next sync.</source>
            <translation>These fields were changed on this laptop and on the server. Choose the value to keep; it is sent with the next sync.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_view.py" line="286" />
            <source>Keep mine</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_view.py" line="287" />
            <source>Take theirs</source>
            <translation>Take theirs</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_view.py" line="288" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_view.py" line="289" />
            <source>Open record</source>
            <translation>Open record</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_view.py" line="290" />
            <source>Show values</source>
            <translation>Show values</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_view.py" line="292" />
            <source>Show the full ID number or phone for {seconds} seconds (recorded)</source>
            <translation>Show the full ID number or phone for {seconds} seconds (recorded)</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <location filename="../../ui/errors.py" line="70" />
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="72" />
            <source>Something went wrong. Your saved work is safe.
Please send the log file to support:
{path}</source>
            <translation>Something went wrong. Your saved work is safe.
Please send the log file to support:
{path}</translation>
        </message>
    </context>
    <context>
        <name>CreditPage</name>
        <message>
            <location filename="../../ui/onboarding/pages.py" line="369" />
            <source>Credit</source>
            <translation>Credit</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/pages.py" line="375" />
            <source>Separate with commas, e.g. 五金集群, 2025批量</source>
            <translation>Separate with commas, e.g. 五金集群, 2025批量</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/pages.py" line="378" />
            <source>e.g. 五金产业集群</source>
            <translation>e.g. 五金产业集群</translation>
        </message>
    </context>
    <context>
        <name>CreditType</name>
        <message>
            <location filename="../../ui/onboarding/texts.py" line="38" />
            <source>New credit</source>
            <translation>New credit</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/texts.py" line="39" />
            <source>Renewal</source>
            <translation>Renewal</translation>
        </message>
    </context>
    <context>
        <name>CustomerField</name>
        <message>
            <location filename="../../app/validation.py" line="158" />
            <source>Enterprise name</source>
            <extracomment>English labels of the CustomerProfile fields (context "CustomerField").</extracomment>
            <translation>Enterprise name</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="159" />
            <source>Unified social credit code</source>
            <translation>Unified social credit code</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="160" />
            <source>Registration date</source>
            <translation>Registration date</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="161" />
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="162" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="163" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="164" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="165" />
            <source>Registered in the PRC</source>
            <translation>Registered in the PRC</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="166" />
            <source>Registered capital</source>
            <translation>Registered capital</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="167" />
            <source>Ownership type</source>
            <translation>Ownership type</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="168" />
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="169" />
            <source>Employees</source>
            <translation>Employees</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="170" />
            <source>Annual revenue</source>
            <translation>Annual revenue</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="171" />
            <source>Total assets</source>
            <translation>Total assets</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="172" />
            <source>Total liabilities</source>
            <translation>Total liabilities</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="173" />
            <source>Legal representative</source>
            <translation>Legal representative</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="174" />
            <source>Legal representative's resident ID number</source>
            <translation>Legal representative's resident ID number</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="177" />
            <source>Legal representative's mobile</source>
            <translation>Legal representative's mobile</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="178" />
            <source>Requested credit exposure</source>
            <translation>Requested credit exposure</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="179" />
            <source>Credit type</source>
            <translation>Credit type</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="180" />
            <source>Market segment</source>
            <translation>Market segment</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="181" />
            <source>Batch-development programmes</source>
            <translation>Batch-development programmes</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="182" />
            <source>Relationship manager</source>
            <translation>Relationship manager</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="183" />
            <source>Onboarding status</source>
            <translation>Onboarding status</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="184" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="185" />
            <source>Other bank relationships</source>
            <translation>Other bank relationships</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="186" />
            <source>Customer ID</source>
            <translation>Customer ID</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="191" />
            <source>Contact role</source>
            <extracomment>Labels of the fields of child rows, keyed ``list.field``.</extracomment>
            <translation>Contact role</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="192" />
            <source>Contact name</source>
            <translation>Contact name</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="193" />
            <source>Contact phone</source>
            <translation>Contact phone</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="194" />
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="195" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="196" />
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
    </context>
    <context>
        <name>CustomerPicker</name>
        <message>
            <location filename="../../ui/applications/customer_picker.py" line="63" />
            <source>Search name, USCC or people…</source>
            <extracomment>A customer was chosen (id, name). A search answer was shown.</extracomment>
            <translation>Search name, USCC or people…</translation>
        </message>
        <message>
            <location filename="../../ui/applications/customer_picker.py" line="88" />
            <source>(unnamed draft)</source>
            <translation>(unnamed draft)</translation>
        </message>
        <message>
            <location filename="../../ui/applications/customer_picker.py" line="101" />
            <source>First {shown} of {total}; type more to narrow</source>
            <translation>First {shown} of {total}; type more to narrow</translation>
        </message>
        <message>
            <location filename="../../ui/applications/customer_picker.py" line="106" />
            <source>No customer matches</source>
            <translation>No customer matches</translation>
        </message>
    </context>
    <context>
        <name>CustomerProfileDialog</name>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="508" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="510" />
            <source>(unnamed draft)</source>
            <translation>(unnamed draft)</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="511" />
            <source>Customer: {name}</source>
            <translation>Customer: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="512" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>CustomerProfileView</name>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="214" />
            <source>This customer no longer exists.</source>
            <extracomment>Visits listed on a profile (the latest first). The profile arrived (after each load). The customer's applications were listed (after each load). The customer's visits were listed (after each load).</extracomment>
            <translation>This customer no longer exists.</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="216" />
            <source>The customer could not be loaded: {error}</source>
            <translation>The customer could not be loaded: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="244" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="247" />
            <source>(unnamed draft)</source>
            <translation>(unnamed draft)</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="249" />
            <location filename="../../ui/onboarding/profile_view.py" line="464" />
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="250" />
            <source>Mark complete</source>
            <translation>Mark complete</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="251" />
            <source>Activate</source>
            <translation>Activate</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="259" />
            <source>New application</source>
            <translation>New application</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="260" />
            <source>Scorecard…</source>
            <translation>Scorecard…</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="262" />
            <source>Applications</source>
            <translation>Applications</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="265" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="266" />
            <source>Amount (10k CNY)</source>
            <translation>Amount (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="267" />
            <location filename="../../ui/onboarding/profile_view.py" line="275" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="268" />
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="271" />
            <source>Log visit</source>
            <translation>Log visit</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="273" />
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="275" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="275" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="275" />
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="453" />
            <source>The status could not be changed: {error}</source>
            <translation>The status could not be changed: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="458" />
            <source>Not complete yet</source>
            <translation>Not complete yet</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="459" />
            <source>The customer cannot be marked complete yet.</source>
            <translation>The customer cannot be marked complete yet.</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/profile_view.py" line="465" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>CustomerStatus</name>
        <message>
            <location filename="../../ui/customer_model.py" line="45" />
            <source>Draft</source>
            <extracomment>Columns the list cannot sort by (computed per row, not stored).</extracomment>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="46" />
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="47" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
    </context>
    <context>
        <name>CustomerTableModel</name>
        <message>
            <location filename="../../ui/customer_model.py" line="29" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="30" />
            <source>USCC</source>
            <translation>USCC</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="31" />
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="32" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="33" />
            <source>Employees</source>
            <translation>Employees</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="34" />
            <source>Revenue (10k CNY)</source>
            <translation>Revenue (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="35" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="36" />
            <source>SME eligible</source>
            <translation>SME eligible</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="37" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="40" />
            <source>Alerts</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="39" />
            <source>RM</source>
            <translation>RM</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="198" />
            <source>{count} open early-warning alerts</source>
            <translation>{count} open early-warning alerts</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="221" />
            <source>(unnamed draft)</source>
            <translation>(unnamed draft)</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <location filename="../../ui/pages/customers.py" line="175" />
            <source>Search name, USCC or people…</source>
            <translation>Search name, USCC or people…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="176" />
            <source>New customer</source>
            <translation>New customer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="177" />
            <source>Import…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="178" />
            <location filename="../../ui/pages/customers.py" line="309" />
            <source>Log visit</source>
            <translation>Log visit</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="179" />
            <source>Log a visit to the selected customer</source>
            <translation>Log a visit to the selected customer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="180" />
            <source>With open alerts</source>
            <translation>With open alerts</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="181" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="181" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="181" />
            <source>Eligibility</source>
            <translation>Eligibility</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="181" />
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="195" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="217" />
            <source>All RMs</source>
            <translation>All RMs</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="308" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="338" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="342" />
            <source>More than {count} customers</source>
            <translation>More than {count} customers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="344" />
            <source>{count} customers</source>
            <translation>{count} customers</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="123" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="124" />
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="125" />
            <source>Save every chart as a table in an Excel workbook</source>
            <translation>Save every chart as a table in an Excel workbook</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="126" />
            <source>Show the figures of one RM or of the whole branch</source>
            <translation>Show the figures of one RM or of the whole branch</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="171" />
            <source>Could not compute the figures: {error}</source>
            <translation>Could not compute the figures: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="194" />
            <source>All RMs</source>
            <translation>All RMs</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="239" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="242" />
            <source>Updated {time}</source>
            <translation>Updated {time}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="252" />
            <source>dashboard-{rm}-{date}.xlsx</source>
            <translation>dashboard-{rm}-{date}.xlsx</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="253" />
            <source>dashboard-{date}.xlsx</source>
            <translation>dashboard-{date}.xlsx</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="261" />
            <source>Export the dashboard</source>
            <translation>Export the dashboard</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="263" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="279" />
            <source>Could not save {path}: {error}</source>
            <translation>Could not save {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="282" />
            <source>Saved {path}</source>
            <translation>Saved {path}</translation>
        </message>
    </context>
    <context>
        <name>DashboardTables</name>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="55" />
            <source>Industry not known</source>
            <extracomment>Translate in the context ``DashboardTables`` (a literal for pyside6-lupdate). Columns (0-based) holding amounts in 万元.</extracomment>
            <translation>Industry not known</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="61" />
            <source>Size not known</source>
            <translation>Size not known</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="66" />
            <source>No segment</source>
            <translation>No segment</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="79" />
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="81" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="82" />
            <source>Applications</source>
            <translation>Applications</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="83" />
            <source>Amount (10k CNY)</source>
            <translation>Amount (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="102" />
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="103" />
            <source>Active loans</source>
            <translation>Active loans</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="104" />
            <source>Loan amount (10k CNY)</source>
            <translation>Loan amount (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="115" />
            <source>By enterprise size</source>
            <translation>By enterprise size</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="116" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="126" />
            <source>By industry</source>
            <translation>By industry</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="127" />
            <source>Industry section</source>
            <translation>Industry section</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="137" />
            <source>By segment</source>
            <translation>By segment</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="138" />
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="152" />
            <source>Visits this week: still planned</source>
            <translation>Visits this week: still planned</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="153" />
            <source>Visits this week: done</source>
            <translation>Visits this week: done</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="154" />
            <source>Inspections due within 7 days</source>
            <translation>Inspections due within 7 days</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="155" />
            <source>Inspections overdue</source>
            <translation>Inspections overdue</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="156" />
            <source>Open alerts</source>
            <translation>Open alerts</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="160" />
            <source>Open alerts: {severity}</source>
            <translation>Open alerts: {severity}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="169" />
            <source>Applications not yet submitted</source>
            <translation>Applications not yet submitted</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="173" />
            <source>Of which with every document</source>
            <translation>Of which with every document</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="177" />
            <source>Average completeness (%)</source>
            <translation>Average completeness (%)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="181" />
            <source>Answers overdue (over 3 business days)</source>
            <translation>Answers overdue (over 3 business days)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="187" />
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="188" />
            <location filename="../../ui/dashboard/tables.py" line="216" />
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="188" />
            <location filename="../../ui/dashboard/tables.py" line="216" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="197" />
            <source>Customers onboarded</source>
            <translation>Customers onboarded</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="198" />
            <source>Visits done</source>
            <translation>Visits done</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="199" />
            <source>Applications submitted</source>
            <translation>Applications submitted</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="200" />
            <source>Answers received</source>
            <translation>Answers received</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="201" />
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="202" />
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="203" />
            <source>More documents requested</source>
            <translation>More documents requested</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="204" />
            <source>Approval rate (%)</source>
            <translation>Approval rate (%)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="206" />
            <source>Median business days to decision</source>
            <translation>Median business days to decision</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/tables.py" line="210" />
            <source>Month {month}</source>
            <translation>Month {month}</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../ui/dashboard/view.py" line="95" />
            <source>Visits this week</source>
            <extracomment>Funnel colours by stage: open (greys, blue), waiting (amber), answers, disbursed.</extracomment>
            <translation>Visits this week</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="96" />
            <source>Inspections due (7 days)</source>
            <translation>Inspections due (7 days)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="97" />
            <source>Open alerts</source>
            <translation>Open alerts</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="98" />
            <source>Documents complete</source>
            <translation>Documents complete</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="99" />
            <source>Answers overdue</source>
            <translation>Answers overdue</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="100" />
            <source>Customers onboarded</source>
            <translation>Customers onboarded</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="101" />
            <source>Visits done</source>
            <translation>Visits done</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="102" />
            <source>Applications submitted</source>
            <translation>Applications submitted</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="103" />
            <source>Approval rate</source>
            <translation>Approval rate</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="104" />
            <source>Median time to decision</source>
            <translation>Median time to decision</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="109" />
            <source>Pipeline by stage (amounts in 10k CNY)</source>
            <translation>Pipeline by stage (amounts in 10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="110" />
            <source>Customers by enterprise size</source>
            <translation>Customers by enterprise size</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="111" />
            <source>Customers by segment (active loans in 10k CNY)</source>
            <translation>Customers by segment (active loans in 10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="113" />
            <source>Customers by industry section, GB/T 4754 (active loans in 10k CNY)</source>
            <translation>Customers by industry section, GB/T 4754 (active loans in 10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="118" />
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="138" />
            <source>{done} done · {planned} planned</source>
            <translation>{done} done · {planned} planned</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="145" />
            <source>{count} overdue</source>
            <translation>{count} overdue</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="152" />
            <source>none open</source>
            <translation>none open</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="158" />
            <source>{complete} of {count}</source>
            <translation>{complete} of {count}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="163" />
            <source>of applications not yet submitted; average {percent}%</source>
            <translation>of applications not yet submitted; average {percent}%</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="169" />
            <source>over 3 business days</source>
            <translation>over 3 business days</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="174" />
            <source>Nothing yet</source>
            <translation>Nothing yet</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="181" />
            <source>{count} · {amount}</source>
            <translation>{count} · {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="196" />
            <source>{count}
customers</source>
            <translation>{count}
customers</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="213" />
            <source>{count} ({percent}%)</source>
            <translation>{count} ({percent}%)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="218" />
            <source>{customers} · loans {amount}</source>
            <translation>{customers} · loans {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="225" />
            <source>This month ({month})</source>
            <translation>This month ({month})</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="234" />
            <source>{approved} approved, {declined} declined</source>
            <translation>{approved} approved, {declined} declined</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="241" />
            <source>business days, {count} answers</source>
            <translation>business days, {count} answers</translation>
        </message>
    </context>
    <context>
        <name>DecisionBanner</name>
        <message>
            <location filename="../../ui/sync/banner.py" line="72" />
            <source>Close</source>
            <extracomment>Decisions named in the banner; the rest are counted. The RM clicked a decision: (entity "applications", application id).</extracomment>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/sync/banner.py" line="81" />
            <source>New credit decisions</source>
            <translation>New credit decisions</translation>
        </message>
        <message>
            <location filename="../../ui/sync/banner.py" line="84" />
            <source>and {n} more on the Sync page</source>
            <translation>and {n} more on the Sync page</translation>
        </message>
    </context>
    <context>
        <name>EditValueDialog</name>
        <message>
            <location filename="../../ui/sync/edit_value.py" line="96" />
            <source>Edit {field}</source>
            <translation>Edit {field}</translation>
        </message>
        <message>
            <location filename="../../ui/sync/edit_value.py" line="97" />
            <source>This laptop</source>
            <translation>This laptop</translation>
        </message>
        <message>
            <location filename="../../ui/sync/edit_value.py" line="98" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../ui/sync/edit_value.py" line="99" />
            <source>New value</source>
            <translation>New value</translation>
        </message>
        <message>
            <location filename="../../ui/sync/edit_value.py" line="104" />
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/edit_value.py" line="104" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/sync/edit_value.py" line="104" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/sync/edit_value.py" line="141" />
            <source>Enter an amount in 10k CNY, e.g. 1,234.50</source>
            <translation>Enter an amount in 10k CNY, e.g. 1,234.50</translation>
        </message>
        <message>
            <location filename="../../ui/sync/edit_value.py" line="143" />
            <source>Enter a whole number, e.g. 85</source>
            <translation>Enter a whole number, e.g. 85</translation>
        </message>
        <message>
            <location filename="../../ui/sync/edit_value.py" line="145" />
            <source>Enter a date as YYYY-MM-DD, e.g. 2025-06-30</source>
            <translation>Enter a date as YYYY-MM-DD, e.g. 2025-06-30</translation>
        </message>
        <message>
            <location filename="../../ui/sync/edit_value.py" line="146" />
            <source>This value cannot be used</source>
            <translation>This value cannot be used</translation>
        </message>
    </context>
    <context>
        <name>Eligibility</name>
        <message>
            <location filename="../../app/eligibility.py" line="51" />
            <source>Registered in the PRC</source>
            <translation>Registered in the PRC</translation>
        </message>
        <message>
            <location filename="../../app/eligibility.py" line="52" />
            <source>Not registered in the PRC: SME business requires PRC registration</source>
            <translation>Not registered in the PRC: SME business requires PRC registration</translation>
        </message>
        <message>
            <location filename="../../app/eligibility.py" line="59" />
            <source>Total assets {assets} 万元 are below {limit} 万元 for new credit</source>
            <extracomment>Reasons by (check, credit type, status); {assets}/{exposure} and {limit} in 万元.</extracomment>
            <translation>Total assets {assets} 万元 are below {limit} 万元 for new credit</translation>
        </message>
        <message>
            <location filename="../../app/eligibility.py" line="62" />
            <source>Total assets {assets} 万元 must be below {limit} 万元 for new credit</source>
            <translation>Total assets {assets} 万元 must be below {limit} 万元 for new credit</translation>
        </message>
        <message>
            <location filename="../../app/eligibility.py" line="65" />
            <source>Total assets are missing: new credit needs them below {limit} 万元</source>
            <translation>Total assets are missing: new credit needs them below {limit} 万元</translation>
        </message>
        <message>
            <location filename="../../app/eligibility.py" line="68" />
            <source>Total assets {assets} 万元 are below {limit} 万元 for renewal</source>
            <translation>Total assets {assets} 万元 are below {limit} 万元 for renewal</translation>
        </message>
        <message>
            <location filename="../../app/eligibility.py" line="71" />
            <source>Total assets {assets} 万元 must be below {limit} 万元 for renewal</source>
            <translation>Total assets {assets} 万元 must be below {limit} 万元 for renewal</translation>
        </message>
        <message>
            <location filename="../../app/eligibility.py" line="74" />
            <source>Total assets are missing: renewal needs them below {limit} 万元</source>
            <translation>Total assets are missing: renewal needs them below {limit} 万元</translation>
        </message>
        <message>
            <location filename="../../app/eligibility.py" line="77" />
            <source>Credit exposure {exposure} 万元 is below {limit} 万元 for new credit</source>
            <translation>Credit exposure {exposure} 万元 is below {limit} 万元 for new credit</translation>
        </message>
        <message>
            <location filename="../../app/eligibility.py" line="80" />
            <source>Credit exposure {exposure} 万元 must be below {limit} 万元 for new credit</source>
            <translation>Credit exposure {exposure} 万元 must be below {limit} 万元 for new credit</translation>
        </message>
        <message>
            <location filename="../../app/eligibility.py" line="83" />
            <source>Requested exposure is missing: new credit needs it below {limit} 万元</source>
            <translation>Requested exposure is missing: new credit needs it below {limit} 万元</translation>
        </message>
        <message>
            <location filename="../../app/eligibility.py" line="86" />
            <source>Credit exposure {exposure} 万元 is below {limit} 万元 for renewal</source>
            <translation>Credit exposure {exposure} 万元 is below {limit} 万元 for renewal</translation>
        </message>
        <message>
            <location filename="../../app/eligibility.py" line="89" />
            <source>Credit exposure {exposure} 万元 must be below {limit} 万元 for renewal</source>
            <translation>Credit exposure {exposure} 万元 must be below {limit} 万元 for renewal</translation>
        </message>
        <message>
            <location filename="../../app/eligibility.py" line="92" />
            <source>Requested exposure is missing: renewal needs it below {limit} 万元</source>
            <translation>Requested exposure is missing: renewal needs it below {limit} 万元</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="56" />
            <source>Eligible</source>
            <translation>Eligible</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="57" />
            <source>Not eligible</source>
            <translation>Not eligible</translation>
        </message>
    </context>
    <context>
        <name>EnterpriseSize</name>
        <message>
            <location filename="../../ui/customer_model.py" line="50" />
            <source>Large</source>
            <translation>Large</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="51" />
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="52" />
            <source>Small</source>
            <translation>Small</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="53" />
            <source>Micro</source>
            <translation>Micro</translation>
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <location filename="../../app/follow_ups.py" line="83" />
            <location filename="../../ui/visits/follow_up_rows.py" line="166" />
            <source>Say what is to be done</source>
            <translation>Say what is to be done</translation>
        </message>
        <message>
            <location filename="../../app/follow_ups.py" line="88" />
            <source>Too long: the title takes {title} characters, the note {note}</source>
            <translation>Too long: the title takes {title} characters, the note {note}</translation>
        </message>
        <message>
            <location filename="../../app/follow_ups.py" line="192" />
            <source>This follow-up is closed and can no longer change</source>
            <translation>This follow-up is closed and can no longer change</translation>
        </message>
    </context>
    <context>
        <name>FollowUpRows</name>
        <message>
            <location filename="../../ui/visits/follow_up_rows.py" line="115" />
            <source>What was agreed, and by when. Created when the visit is saved.</source>
            <translation>What was agreed, and by when. Created when the visit is saved.</translation>
        </message>
        <message>
            <location filename="../../ui/visits/follow_up_rows.py" line="117" />
            <source>Add follow-up</source>
            <translation>Add follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/visits/follow_up_rows.py" line="119" />
            <source>e.g. send the 2025 financial statements</source>
            <translation>e.g. send the 2025 financial statements</translation>
        </message>
        <message>
            <location filename="../../ui/visits/follow_up_rows.py" line="120" />
            <source>Remove this follow-up</source>
            <translation>Remove this follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/visits/follow_up_rows.py" line="179" />
            <source>{due}  {title} ({status})</source>
            <translation>{due}  {title} ({status})</translation>
        </message>
    </context>
    <context>
        <name>FollowUpStatus</name>
        <message>
            <location filename="../../ui/visits/follow_up_rows.py" line="31" />
            <source>Open</source>
            <extracomment>A new follow-up is due this many days after the visit, unless changed.</extracomment>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../ui/visits/follow_up_rows.py" line="32" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ui/visits/follow_up_rows.py" line="33" />
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
    </context>
    <context>
        <name>HistoryList</name>
        <message>
            <location filename="../../ui/scoring/history.py" line="47" />
            <source>Date</source>
            <extracomment>The RM chose an assessment to look at.</extracomment>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/history.py" line="47" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/history.py" line="47" />
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/history.py" line="47" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>IdentityPage</name>
        <message>
            <location filename="../../ui/onboarding/pages.py" line="124" />
            <source>Enterprise</source>
            <extracomment>The RM wants to open the customer that already has this credit code.</extracomment>
            <translation>Enterprise</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/pages.py" line="128" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/pages.py" line="129" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/pages.py" line="130" />
            <source>Open existing customer</source>
            <translation>Open existing customer</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/pages.py" line="131" />
            <source>* needed before the customer can be marked complete</source>
            <translation>* needed before the customer can be marked complete</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/pages.py" line="138" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/pages.py" line="179" />
            <source>(unnamed draft)</source>
            <translation>(unnamed draft)</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/pages.py" line="181" />
            <source>This credit code is already used by {name} ({status}).</source>
            <translation>This credit code is already used by {name} ({status}).</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../app/importing.py" line="191" />
            <source>There is no file {path}</source>
            <extracomment>The documented import template (Chinese headers and two example rows). File types :func:`read_table` reads. Fields every imported row must fill in. Rows scanned for the header row (a title row above it is skipped). Importable fields in template order; headers match case-, space- and width-insensitively. English templates of import problems (context "Import").</extracomment>
            <translation>There is no file {path}</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="192" />
            <source>RM Desk imports .xlsx and .csv files, not “{suffix}”: save the list as one</source>
            <translation>RM Desk imports .xlsx and .csv files, not “{suffix}”: save the list as one</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="195" />
            <source>The file cannot be read: {detail}</source>
            <translation>The file cannot be read: {detail}</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="196" />
            <source>The file is neither UTF-8 nor GB18030 text: save it as “CSV UTF-8”</source>
            <translation>The file is neither UTF-8 nor GB18030 text: save it as “CSV UTF-8”</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="199" />
            <source>The file has no header row</source>
            <translation>The file has no header row</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="200" />
            <source>No column is imported as: {fields}</source>
            <translation>No column is imported as: {fields}</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="201" />
            <source>Several columns are imported as: {fields}</source>
            <translation>Several columns are imported as: {fields}</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="202" />
            <source>This must be filled in to import the row</source>
            <translation>This must be filled in to import the row</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="203" />
            <source>“{value}” is not a GB/T 4754-2017 industry code</source>
            <translation>“{value}” is not a GB/T 4754-2017 industry code</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="206" />
            <source>“{value}” is not a whole number</source>
            <translation>“{value}” is not a whole number</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="207" />
            <source>“{value}” is not an amount in 万元</source>
            <translation>“{value}” is not an amount in 万元</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="208" />
            <source>“{value}” is not a date: write it like 2015-06-30</source>
            <translation>“{value}” is not a date: write it like 2015-06-30</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="211" />
            <source>“{value}” is not a credit type: write 新授信 or 续授信</source>
            <translation>“{value}” is not a credit type: write 新授信 or 续授信</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="214" />
            <source>The code was stored as a number and has lost digits: format the column as text and type the code again</source>
            <translation>The code was stored as a number and has lost digits: format the column as text and type the code again</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="219" />
            <source>Already in the profile as {name}</source>
            <translation>Already in the profile as {name}</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="220" />
            <source>Same USCC as row {row}</source>
            <translation>Same USCC as row {row}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../ui/import_dialog.py" line="214" />
            <source>Import customers</source>
            <extracomment>Data rows shown in the preview.</extracomment>
            <translation>Import customers</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="217" />
            <source>Import a segment's prospect list (.xlsx or .csv) as draft customers. Check what each column is imported as; amounts are in 万元. Enterprise name and unified social credit code are required.</source>
            <translation>Import a segment's prospect list (.xlsx or .csv) as draft customers. Check what each column is imported as; amounts are in 万元. Enterprise name and unified social credit code are required.</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="222" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="223" />
            <source>Choose an .xlsx or .csv file</source>
            <translation>Choose an .xlsx or .csv file</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="224" />
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="225" />
            <source>Save template…</source>
            <translation>Save template…</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="226" />
            <source>Market segment</source>
            <translation>Market segment</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="228" />
            <source>For rows without a segment, e.g. 五金产业集群</source>
            <translation>For rows without a segment, e.g. 五金产业集群</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="230" />
            <source>Programme tag</source>
            <translation>Programme tag</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="231" />
            <source>Optional: tags every imported customer</source>
            <translation>Optional: tags every imported customer</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="232" />
            <source>Preview: what each column is imported as</source>
            <translation>Preview: what each column is imported as</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="233" />
            <source>When some rows have problems</source>
            <translation>When some rows have problems</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="234" />
            <source>All or nothing: import only if every row is valid</source>
            <translation>All or nothing: import only if every row is valid</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="236" />
            <source>Valid rows only: import the valid rows, report the others</source>
            <translation>Valid rows only: import the valid rows, report the others</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="238" />
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="239" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="240" />
            <source>Save error report…</source>
            <translation>Save error report…</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="241" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="243" />
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="243" />
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="243" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="243" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="260" />
            <source>(not imported)</source>
            <translation>(not imported)</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="264" />
            <source>{field} (万元)</source>
            <translation>{field} (万元)</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="272" />
            <source>Import as</source>
            <translation>Import as</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="283" />
            <source>Choose the prospect list</source>
            <translation>Choose the prospect list</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="285" />
            <source>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
            <translation>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="299" />
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="317" />
            <source>Column {n}</source>
            <translation>Column {n}</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="335" />
            <source>{rows} rows read. Check the columns, then press Check.</source>
            <translation>{rows} rows read. Check the columns, then press Check.</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="363" />
            <source>Columns changed: press Check again.</source>
            <translation>Columns changed: press Check again.</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="380" />
            <source>Choose a column for: {fields}</source>
            <translation>Choose a column for: {fields}</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="381" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="387" />
            <source>Checking {rows} rows…</source>
            <translation>Checking {rows} rows…</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="420" />
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="444" />
            <source>Something went wrong: {error}</source>
            <translation>Something went wrong: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="460" />
            <source>{name} - problems</source>
            <translation>{name} - problems</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="464" />
            <source>Save error report</source>
            <translation>Save error report</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="466" />
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="477" />
            <source>Error report saved: {path}</source>
            <translation>Error report saved: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="485" />
            <source>Save import template</source>
            <translation>Save import template</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="486" />
            <source>customer import template</source>
            <translation>customer import template</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="487" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="497" />
            <source>Template saved: {path}</source>
            <translation>Template saved: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="512" />
            <source>Could not save: {error}</source>
            <translation>Could not save: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="561" />
            <source>Imported {n} customers as drafts.</source>
            <translation>Imported {n} customers as drafts.</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="564" />
            <source>{n} rows were not imported: see below.</source>
            <translation>{n} rows were not imported: see below.</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="568" />
            <source>{rows} rows: {valid} can be imported, {bad} have problems.</source>
            <translation>{rows} rows: {valid} can be imported, {bad} have problems.</translation>
        </message>
        <message>
            <location filename="../../ui/import_dialog.py" line="573" />
            <source>All or nothing: correct the file and check again, or choose “valid rows only”.</source>
            <translation>All or nothing: correct the file and check again, or choose “valid rows only”.</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <location filename="../../app/importing.py" line="225" />
            <source>Row</source>
            <extracomment>Headers of the error report (context "ImportReport").</extracomment>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="226" />
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="227" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="228" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="229" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="232" />
            <source>Problems</source>
            <extracomment>Title of the report's sheet (context "ImportReport").</extracomment>
            <translation>Problems</translation>
        </message>
    </context>
    <context>
        <name>IndustryPicker</name>
        <message>
            <location filename="../../ui/onboarding/widgets.py" line="314" />
            <source>Code or name, e.g. C34 or 机械</source>
            <translation>Code or name, e.g. C34 or 机械</translation>
        </message>
    </context>
    <context>
        <name>InputForm</name>
        <message>
            <location filename="../../ui/scoring/form.py" line="171" />
            <source>— choose —</source>
            <extracomment>The value derived from the customer profile (None: the profile lacks it). An entry was changed by the RM.</extracomment>
            <translation>— choose —</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/form.py" line="188" />
            <source>From the customer profile</source>
            <translation>From the customer profile</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/form.py" line="190" />
            <source>Not in the customer profile: enter it here</source>
            <translation>Not in the customer profile: enter it here</translation>
        </message>
    </context>
    <context>
        <name>Inspection</name>
        <message>
            <location filename="../../app/inspections.py" line="40" />
            <source>First post-loan inspection within {days} days of disbursement on {from_on}</source>
            <extracomment>The English template of each reason (context ``Inspection``); params ``days``, ``from_on``.</extracomment>
            <translation>First post-loan inspection within {days} days of disbursement on {from_on}</translation>
        </message>
        <message>
            <location filename="../../app/inspections.py" line="43" />
            <source>Post-loan inspection every {days} days, counted from {from_on}</source>
            <translation>Post-loan inspection every {days} days, counted from {from_on}</translation>
        </message>
        <message>
            <location filename="../../app/inspections.py" line="46" />
            <source>Inspection every {days} days while a serious risk alert is open, counted from {from_on}</source>
            <translation>Inspection every {days} days while a serious risk alert is open, counted from {from_on}</translation>
        </message>
    </context>
    <context>
        <name>ItemPanel</name>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="167" />
            <source>Attach files…</source>
            <translation>Attach files…</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="168" />
            <source>Verify</source>
            <translation>Verify</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="169" />
            <source>The original was checked</source>
            <translation>The original was checked</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="170" />
            <source>Waive…</source>
            <translation>Waive…</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="171" />
            <source>Reset to missing</source>
            <translation>Reset to missing</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="172" />
            <source>Use document on file</source>
            <translation>Use document on file</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="173" />
            <source>Use the document received for another application</source>
            <translation>Use the document received for another application</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="174" />
            <source>Document date</source>
            <translation>Document date</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="175" />
            <source>Expiry date</source>
            <translation>Expiry date</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="176" />
            <source>Save dates</source>
            <translation>Save dates</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="177" />
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="178" />
            <source>Remove file</source>
            <translation>Remove file</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="179" />
            <source>Drop scans or PDFs here to attach them</source>
            <translation>Drop scans or PDFs here to attach them</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="190" />
            <source>Choose a document in the list</source>
            <translation>Choose a document in the list</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="206" />
            <source>Optional for this application</source>
            <translation>Optional for this application</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="208" />
            <source>Waived: {reason}</source>
            <translation>Waived: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="212" />
            <source>A document is on file from another application</source>
            <translation>A document is on file from another application</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="304" />
            <source>Dated {date}, {count} file(s)</source>
            <translation>Dated {date}, {count} file(s)</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="308" />
            <source>Valid through {date}, {count} file(s)</source>
            <translation>Valid through {date}, {count} file(s)</translation>
        </message>
        <message>
            <location filename="../../ui/applications/item_panel.py" line="311" />
            <source>{count} file(s)</source>
            <translation>{count} file(s)</translation>
        </message>
    </context>
    <context>
        <name>LockController</name>
        <message>
            <location filename="../../ui/lock/controller.py" line="161" />
            <source>&amp;Lock now</source>
            <extracomment>How often the idle time, the offline lock and an erased profile are checked (ms). The offline lock is re-read from the database every this many checks. The sync's token store and HTTP transport (the server-password check signs in with the same ones); given by :meth:`attach`. The Sync page whose syncs the lock follows (its signals connected once). True while an unlock check runs in the background (no second one meanwhile).</extracomment>
            <translation>&amp;Lock now</translation>
        </message>
        <message>
            <location filename="../../ui/lock/controller.py" line="245" />
            <source>Lock now</source>
            <translation>Lock now</translation>
        </message>
        <message>
            <location filename="../../ui/lock/controller.py" line="247" />
            <source>Set a PIN in Settings (or sign in to the sync server) first: otherwise nothing could unlock RM Desk.</source>
            <translation>Set a PIN in Settings (or sign in to the sync server) first: otherwise nothing could unlock RM Desk.</translation>
        </message>
        <message>
            <location filename="../../ui/lock/controller.py" line="286" />
            <source>Type your PIN and press Enter.</source>
            <translation>Type your PIN and press Enter.</translation>
        </message>
        <message>
            <location filename="../../ui/lock/controller.py" line="288" />
            <source>Type the password you sign in to the sync server with.</source>
            <translation>Type the password you sign in to the sync server with.</translation>
        </message>
        <message>
            <location filename="../../ui/lock/controller.py" line="367" />
            <source>The PIN could not be checked: try again.</source>
            <translation>The PIN could not be checked: try again.</translation>
        </message>
        <message>
            <location filename="../../ui/lock/controller.py" line="386" />
            <source>Too many wrong PINs: unlock with your server password.</source>
            <translation>Too many wrong PINs: unlock with your server password.</translation>
        </message>
        <message>
            <location filename="../../ui/lock/controller.py" line="396" />
            <source>Wrong password.</source>
            <translation>Wrong password.</translation>
        </message>
        <message>
            <location filename="../../ui/lock/controller.py" line="401" />
            <source>Wrong PIN.</source>
            <translation>Wrong PIN.</translation>
        </message>
        <message>
            <location filename="../../ui/lock/controller.py" line="406" />
            <source>Wrong password (checked on this laptop: the sync server cannot be reached).</source>
            <translation>Wrong password (checked on this laptop: the sync server cannot be reached).</translation>
        </message>
        <message>
            <location filename="../../ui/lock/controller.py" line="411" />
            <source>This profile has never signed in to the sync server: use your PIN.</source>
            <translation>This profile has never signed in to the sync server: use your PIN.</translation>
        </message>
        <message>
            <location filename="../../ui/lock/controller.py" line="427" />
            <source>Too many wrong PINs: try again in {seconds} s.</source>
            <translation>Too many wrong PINs: try again in {seconds} s.</translation>
        </message>
        <message>
            <location filename="../../ui/lock/controller.py" line="466" />
            <source>Too many failed sign-ins: try again in {seconds} s.</source>
            <translation>Too many failed sign-ins: try again in {seconds} s.</translation>
        </message>
        <message>
            <location filename="../../ui/lock/controller.py" line="369" />
            <location filename="../../ui/lock/controller.py" line="478" />
            <source>The password could not be checked: try again.</source>
            <translation>The password could not be checked: try again.</translation>
        </message>
        <message>
            <location filename="../../ui/lock/controller.py" line="498" />
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <location filename="../../ui/lock/controller.py" line="533" />
            <source>RM Desk</source>
            <translation>RM Desk</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../ui/lock/screen.py" line="187" />
            <source>RM Desk must sync</source>
            <translation>RM Desk must sync</translation>
        </message>
        <message>
            <location filename="../../ui/lock/screen.py" line="189" />
            <source>RM Desk is locked</source>
            <translation>RM Desk is locked</translation>
        </message>
        <message>
            <location filename="../../ui/lock/screen.py" line="190" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../ui/lock/screen.py" line="191" />
            <source>Server password</source>
            <translation>Server password</translation>
        </message>
        <message>
            <location filename="../../ui/lock/screen.py" line="192" />
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../ui/lock/screen.py" line="192" />
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../ui/lock/screen.py" line="193" />
            <source>Use the server password instead</source>
            <translation>Use the server password instead</translation>
        </message>
        <message>
            <location filename="../../ui/lock/screen.py" line="194" />
            <source>Sign in…</source>
            <translation>Sign in…</translation>
        </message>
        <message>
            <location filename="../../ui/lock/screen.py" line="195" />
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
    </context>
    <context>
        <name>LockSettingsRows</name>
        <message>
            <location filename="../../ui/lock/settings_rows.py" line="59" />
            <source>App lock PIN</source>
            <extracomment>The PIN was set, changed or removed.</extracomment>
            <translation>App lock PIN</translation>
        </message>
        <message>
            <location filename="../../ui/lock/settings_rows.py" line="60" />
            <source>Lock when idle for</source>
            <translation>Lock when idle for</translation>
        </message>
        <message>
            <location filename="../../ui/lock/settings_rows.py" line="61" />
            <source>Set</source>
            <translation>Set</translation>
        </message>
        <message>
            <location filename="../../ui/lock/settings_rows.py" line="61" />
            <source>Not set</source>
            <translation>Not set</translation>
        </message>
        <message>
            <location filename="../../ui/lock/settings_rows.py" line="62" />
            <source>Change PIN…</source>
            <translation>Change PIN…</translation>
        </message>
        <message>
            <location filename="../../ui/lock/settings_rows.py" line="62" />
            <source>Set PIN…</source>
            <translation>Set PIN…</translation>
        </message>
        <message>
            <location filename="../../ui/lock/settings_rows.py" line="63" />
            <source>Remove PIN…</source>
            <translation>Remove PIN…</translation>
        </message>
        <message>
            <location filename="../../ui/lock/settings_rows.py" line="65" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ui/lock/settings_rows.py" line="67" />
            <source>RM Desk locks after this many minutes without input (at most {max}).</source>
            <translation>RM Desk locks after this many minutes without input (at most {max}).</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="414" />
            <location filename="../../ui/selftest.py" line="68" />
            <source>RM Desk</source>
            <extracomment>Tables whose changes nobody shows (autosaved drafts): no reload for them. The pages built so far; the others are stand-ins in the stack until first shown. True once :meth:`attach` set up the services a page is attached to.</extracomment>
            <translation>RM Desk</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="419" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="420" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="421" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="422" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="423" />
            <source>&amp;About RM Desk</source>
            <translation>&amp;About RM Desk</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="437" />
            <source>About RM Desk</source>
            <translation>About RM Desk</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="439" />
            <source>RM Desk {version}
Workbench for SME relationship managers.
Profile: {path}</source>
            <translation>RM Desk {version}
Workbench for SME relationship managers.
Profile: {path}</translation>
        </message>
    </context>
    <context>
        <name>MaskedIdEdit</name>
        <message>
            <location filename="../../ui/onboarding/widgets.py" line="213" />
            <source>Hide</source>
            <extracomment>The parsed value (or its absence) may have changed. The real text changed. Records the reveal of a stored value (none: nothing is recorded).</extracomment>
            <translation>Hide</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/widgets.py" line="213" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/widgets.py" line="215" />
            <source>Show or hide the full ID number</source>
            <translation>Show or hide the full ID number</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/widgets.py" line="217" />
            <source>Show or hide the full phone number</source>
            <translation>Show or hide the full phone number</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/widgets.py" line="273" />
            <source>The reveal could not be recorded: {error}</source>
            <translation>The reveal could not be recorded: {error}</translation>
        </message>
    </context>
    <context>
        <name>MaskedValue</name>
        <message>
            <location filename="../../ui/masked.py" line="173" />
            <source>The value could not be shown: {error}</source>
            <extracomment>How long a revealed value stays on screen. What a reveal shows: (field, record id or None for the customer's own field).</extracomment>
            <translation>The value could not be shown: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/masked.py" line="190" />
            <source>Hide</source>
            <translation>Hide</translation>
        </message>
        <message>
            <location filename="../../ui/masked.py" line="190" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../ui/masked.py" line="192" />
            <source>Show the full value for {seconds} seconds (the reveal is recorded)</source>
            <translation>Show the full value for {seconds} seconds (the reveal is recorded)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../../ui/pages/customers.py" line="171" />
            <location filename="../../ui/pages/titles.py" line="27" />
            <source>Customers</source>
            <extracomment>Log a visit to this customer. A branch manager's profile: filter by RM (hidden otherwise).</extracomment>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/titles.py" line="28" />
            <location filename="../../ui/pages/visits.py" line="186" />
            <source>Visits</source>
            <extracomment>The calendar and the due list were (re)loaded.</extracomment>
            <translation>Visits</translation>
        </message>
        <message>
            <location filename="../../ui/pages/applications.py" line="177" />
            <location filename="../../ui/pages/titles.py" line="29" />
            <source>Applications</source>
            <extracomment>The list was loaded (after each refresh). Whether the profile is a branch manager's (RM column and filter).</extracomment>
            <translation>Applications</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="159" />
            <location filename="../../ui/pages/titles.py" line="31" />
            <source>Sync</source>
            <extracomment>Open a record from the report, the conflicts or the refused changes: (entity, id). The server is reachable (signed in) or the OS has a network (signed out). A run started. A run ended (``SyncReport``). What the running sync does, for a status bar ("" when idle). (entity, id) → customer id of the records shown, for :meth:`customer_of`. New credit decisions; the main window may move it above every page.</extracomment>
            <translation>Sync</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="62" />
            <location filename="../../ui/pages/titles.py" line="32" />
            <source>Settings</source>
            <extracomment>Language names are written in their own language, so anyone can find theirs.</extracomment>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/titles.py" line="26" />
            <location filename="../../ui/pages/today.py" line="227" />
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="119" />
            <location filename="../../ui/pages/titles.py" line="30" />
            <source>Dashboard</source>
            <extracomment>Changes arriving within this many ms reload the figures once. The figures were loaded and shown (after each refresh). The workbook was written (its path). The RM whose figures are shown (a branch manager's choice; None: all).</extracomment>
            <translation>Dashboard</translation>
        </message>
    </context>
    <context>
        <name>Onboarding</name>
        <message>
            <location filename="../../ui/onboarding/texts.py" line="66" />
            <source>{field}: not filled in</source>
            <translation>{field}: not filled in</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/texts.py" line="71" />
            <source>{field}, row {row}: {problem}</source>
            <translation>{field}, row {row}: {problem}</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/texts.py" line="74" />
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/texts.py" line="159" />
            <source>{amount} (10k CNY)</source>
            <translation>{amount} (10k CNY)</translation>
        </message>
    </context>
    <context>
        <name>OnboardingInput</name>
        <message>
            <location filename="../../ui/onboarding/texts.py" line="22" />
            <source>Enter a whole number, e.g. 85</source>
            <extracomment>Templates of problems the onboarding widgets find themselves (text that is no number).</extracomment>
            <translation>Enter a whole number, e.g. 85</translation>
        </message>
    </context>
    <context>
        <name>OnboardingPage</name>
        <message>
            <location filename="../../ui/onboarding/page_base.py" line="156" />
            <source>{label} *</source>
            <extracomment>Something on the page changed. The RM finished editing ``field`` (left it or chose a value).</extracomment>
            <translation>{label} *</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/page_base.py" line="159" />
            <source>10k CNY</source>
            <translation>10k CNY</translation>
        </message>
    </context>
    <context>
        <name>OnboardingWizard</name>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="227" />
            <source>New customer</source>
            <extracomment>A save succeeded: the customer's id. The RM chose to open the customer that already has the credit code typed. The duplicate check of a valid credit code answered: the other customer, or None.</extracomment>
            <translation>New customer</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="229" />
            <source>(unnamed draft)</source>
            <translation>(unnamed draft)</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="230" />
            <source>Customer: {name}</source>
            <translation>Customer: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="235" />
            <location filename="../../ui/onboarding/wizard.py" line="564" />
            <source>Save draft</source>
            <translation>Save draft</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="235" />
            <location filename="../../ui/onboarding/wizard.py" line="564" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="236" />
            <source>Save what is entered so far (Ctrl+S)</source>
            <translation>Save what is entered so far (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="237" />
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="238" />
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="239" />
            <source>Mark complete</source>
            <translation>Mark complete</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="240" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="369" />
            <source>Please check the marked fields. Click Next again to go on anyway.</source>
            <translation>Please check the marked fields. Click Next again to go on anyway.</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="408" />
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="443" />
            <source>Saved at {time}. Text that is not a number was not saved.</source>
            <translation>Saved at {time}. Text that is not a number was not saved.</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="445" />
            <source>Saved at {time}</source>
            <translation>Saved at {time}</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="465" />
            <source>Not saved: some fields are missing or wrong</source>
            <translation>Not saved: some fields are missing or wrong</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="469" />
            <source>Could not save: {error}</source>
            <translation>Could not save: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="490" />
            <source>Not complete yet</source>
            <translation>Not complete yet</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="491" />
            <source>The customer cannot be marked complete yet.</source>
            <translation>The customer cannot be marked complete yet.</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="496" />
            <source>Go to the first problem</source>
            <translation>Go to the first problem</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="497" />
            <location filename="../../ui/onboarding/wizard.py" line="567" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="560" />
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="561" />
            <source>Save the changes to this customer before closing?</source>
            <translation>Save the changes to this customer before closing?</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/wizard.py" line="566" />
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
    </context>
    <context>
        <name>Ownership</name>
        <message>
            <location filename="../../ui/onboarding/texts.py" line="27" />
            <source>Private</source>
            <translation>Private</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/texts.py" line="28" />
            <source>State-owned</source>
            <translation>State-owned</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/texts.py" line="29" />
            <source>Collective</source>
            <translation>Collective</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/texts.py" line="30" />
            <source>Foreign-owned</source>
            <translation>Foreign-owned</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/texts.py" line="31" />
            <source>Hong Kong, Macao or Taiwan</source>
            <translation>Hong Kong, Macao or Taiwan</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/texts.py" line="32" />
            <source>Sino-foreign joint venture</source>
            <translation>Sino-foreign joint venture</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/texts.py" line="33" />
            <source>Individual business</source>
            <translation>Individual business</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/texts.py" line="34" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../../ui/onboarding/pages.py" line="273" />
            <source>People</source>
            <translation>People</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <location filename="../../ui/lock/pin_dialog.py" line="98" />
            <source>Set a PIN</source>
            <extracomment>True while the PIN is hashed or checked in the background.</extracomment>
            <translation>Set a PIN</translation>
        </message>
        <message>
            <location filename="../../ui/lock/pin_dialog.py" line="99" />
            <source>Change the PIN</source>
            <translation>Change the PIN</translation>
        </message>
        <message>
            <location filename="../../ui/lock/pin_dialog.py" line="100" />
            <source>Remove the PIN</source>
            <translation>Remove the PIN</translation>
        </message>
        <message>
            <location filename="../../ui/lock/pin_dialog.py" line="103" />
            <source>Current PIN</source>
            <translation>Current PIN</translation>
        </message>
        <message>
            <location filename="../../ui/lock/pin_dialog.py" line="104" />
            <source>New PIN</source>
            <translation>New PIN</translation>
        </message>
        <message>
            <location filename="../../ui/lock/pin_dialog.py" line="105" />
            <source>New PIN again</source>
            <translation>New PIN again</translation>
        </message>
        <message>
            <location filename="../../ui/lock/pin_dialog.py" line="106" />
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../ui/lock/pin_dialog.py" line="109" />
            <source>{min} to {max} digits; not all the same, not consecutive (123456), not a common pattern.</source>
            <translation>{min} to {max} digits; not all the same, not consecutive (123456), not a common pattern.</translation>
        </message>
        <message>
            <location filename="../../ui/lock/pin_dialog.py" line="150" />
            <source>The PIN could not be saved: {error}</source>
            <translation>The PIN could not be saved: {error}</translation>
        </message>
    </context>
    <context>
        <name>PlanCard</name>
        <message>
            <location filename="../../ui/segments/plans.py" line="86" />
            <source>&lt;b&gt;{quarter}&lt;/b&gt; · {status} · {owner} · {prospects} prospects</source>
            <translation>&lt;b&gt;{quarter}&lt;/b&gt; · {status} · {owner} · {prospects} prospects</translation>
        </message>
        <message>
            <location filename="../../ui/segments/plans.py" line="94" />
            <source>Prospects visited</source>
            <translation>Prospects visited</translation>
        </message>
        <message>
            <location filename="../../ui/segments/plans.py" line="95" />
            <source>Applications submitted</source>
            <translation>Applications submitted</translation>
        </message>
        <message>
            <location filename="../../ui/segments/plans.py" line="96" />
            <source>Approved (万元)</source>
            <translation>Approved (万元)</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="341" />
            <source>Plan for {segment}</source>
            <translation>Plan for {segment}</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="343" />
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="344" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="345" />
            <source>Prospects to visit</source>
            <translation>Prospects to visit</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="346" />
            <source>Applications to submit</source>
            <translation>Applications to submit</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="347" />
            <source>Amount to get approved (万元)</source>
            <translation>Amount to get approved (万元)</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="348" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="374" />
            <source>Enter the amount in 万元 as a number, e.g. 500</source>
            <translation>Enter the amount in 万元 as a number, e.g. 500</translation>
        </message>
    </context>
    <context>
        <name>PlansPanel</name>
        <message>
            <location filename="../../ui/segments/plans.py" line="132" />
            <source>New plan…</source>
            <translation>New plan…</translation>
        </message>
        <message>
            <location filename="../../ui/segments/plans.py" line="133" />
            <source>Edit plan…</source>
            <translation>Edit plan…</translation>
        </message>
    </context>
    <context>
        <name>PointsChart</name>
        <message>
            <location filename="../../ui/scoring/chart.py" line="77" />
            <source>{name}: {points} of {maximum} points</source>
            <extracomment>Below its baseline: it gives a reason code.</extracomment>
            <translation>{name}: {points} of {maximum} points</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/chart.py" line="84" />
            <source>Range: {range}</source>
            <translation>Range: {range}</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/chart.py" line="87" />
            <source>Baseline: {points}</source>
            <translation>Baseline: {points}</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/chart.py" line="195" />
            <source>At or above baseline</source>
            <translation>At or above baseline</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/chart.py" line="196" />
            <source>Below baseline</source>
            <translation>Below baseline</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/chart.py" line="197" />
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <location filename="../../ui/applications/preview.py" line="96" />
            <source>Preview: {name}</source>
            <extracomment>The message shown last (the file could not be opened in a viewer).</extracomment>
            <translation>Preview: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/applications/preview.py" line="100" />
            <location filename="../../ui/applications/preview.py" line="166" />
            <source>Open in viewer</source>
            <translation>Open in viewer</translation>
        </message>
        <message>
            <location filename="../../ui/applications/preview.py" line="101" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/applications/preview.py" line="103" />
            <source>Drawing…</source>
            <translation>Drawing…</translation>
        </message>
        <message>
            <location filename="../../ui/applications/preview.py" line="167" />
            <source>The file could not be opened in a viewer.</source>
            <translation>The file could not be opened in a viewer.</translation>
        </message>
    </context>
    <context>
        <name>ProfileErrorDialog</name>
        <message>
            <location filename="../../ui/profile_dialog.py" line="15" />
            <source>The profile folder cannot be created or written:
{path}</source>
            <translation>The profile folder cannot be created or written:
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="18" />
            <source>The profile database cannot be read:
{path}</source>
            <translation>The profile database cannot be read:
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="21" />
            <source>The profile database is damaged or is not an RM Desk database:
{path}

The file has not been changed. Open another folder, or ask support to recover it.</source>
            <translation>The profile database is damaged or is not an RM Desk database:
{path}

The file has not been changed. Open another folder, or ask support to recover it.</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="26" />
            <source>This profile was saved by a newer version of RM Desk:
{path}

Please update RM Desk. The file has not been changed.</source>
            <translation>This profile was saved by a newer version of RM Desk:
{path}

Please update RM Desk. The file has not been changed.</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="42" />
            <source>Cannot open profile</source>
            <translation>Cannot open profile</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="47" />
            <source>Open another folder…</source>
            <translation>Open another folder…</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="50" />
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="60" />
            <source>Choose a profile folder</source>
            <translation>Choose a profile folder</translation>
        </message>
        <message>
            <location filename="../../ui/startup_errors.py" line="21" />
            <source>The profile database is encrypted, and the key to open it is not in this computer's keyring:
{path}

This happens when the keyring was reset, or when the profile was copied from another computer or user account. The file has not been changed.</source>
            <extracomment>Messages of the encryption problems (context "ProfileErrorDialog").</extracomment>
            <translation>The profile database is encrypted, and the key to open it is not in this computer's keyring:
{path}

This happens when the keyring was reset, or when the profile was copied from another computer or user account. The file has not been changed.</translation>
        </message>
        <message>
            <location filename="../../ui/startup_errors.py" line="28" />
            <source>The profile database cannot be decrypted:
{path}

The key in this computer's keyring does not fit, or the file has been damaged or altered. The file has not been changed.</source>
            <translation>The profile database cannot be decrypted:
{path}

The key in this computer's keyring does not fit, or the file has been damaged or altered. The file has not been changed.</translation>
        </message>
        <message>
            <location filename="../../ui/startup_errors.py" line="34" />
            <source>The system keyring, which holds the key of the encrypted profile, cannot be used:
{path}

Unlock or set up the keyring (for example, sign in to your desktop session) and start RM Desk again. Nothing has been changed.</source>
            <translation>The system keyring, which holds the key of the encrypted profile, cannot be used:
{path}

Unlock or set up the keyring (for example, sign in to your desktop session) and start RM Desk again. Nothing has been changed.</translation>
        </message>
        <message>
            <location filename="../../ui/startup_errors.py" line="43" />
            <source>You can download your data again from the server: the unreadable data is moved aside (it is kept, not deleted) and a new profile downloads everything at its first sync.</source>
            <translation>You can download your data again from the server: the unreadable data is moved aside (it is kept, not deleted) and a new profile downloads everything at its first sync.</translation>
        </message>
        <message>
            <location filename="../../ui/startup_errors.py" line="60" />
            <source>Download again from the server</source>
            <extracomment>What ``ask`` returns when the RM chose to download again.</extracomment>
            <translation>Download again from the server</translation>
        </message>
        <message>
            <location filename="../../ui/startup_errors.py" line="76" />
            <source>Profile set aside</source>
            <translation>Profile set aside</translation>
        </message>
        <message>
            <location filename="../../ui/startup_errors.py" line="78" />
            <source>The unreadable data was moved to:
{folder}

Nothing was deleted. Sign in on the Sync page and sync to download your customers again; until then the profile is empty.</source>
            <translation>The unreadable data was moved to:
{folder}

Nothing was deleted. Sign in on the Sync page and sync to download your customers again; until then the profile is empty.</translation>
        </message>
    </context>
    <context>
        <name>ProfileSummary</name>
        <message>
            <location filename="../../ui/onboarding/summary.py" line="159" />
            <source>Enterprise</source>
            <extracomment>The groups of the summary: the wizard's pages, and the status with the credit fields. Shown masked, each with its own Show button (contacts: their phones). The ID number's Show button.</extracomment>
            <translation>Enterprise</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/summary.py" line="160" />
            <source>Business</source>
            <translation>Business</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/summary.py" line="161" />
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/summary.py" line="162" />
            <source>Credit</source>
            <translation>Credit</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/summary.py" line="163" />
            <source>Size and eligibility</source>
            <translation>Size and eligibility</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/summary.py" line="180" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/summary.py" line="180" />
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>ProspectModel</name>
        <message>
            <location filename="../../ui/segments/prospects.py" line="31" />
            <source>Micro</source>
            <extracomment>Prospects per page of the table.</extracomment>
            <translation>Micro</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospects.py" line="32" />
            <source>Small</source>
            <translation>Small</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospects.py" line="33" />
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospects.py" line="34" />
            <source>Large (not SME)</source>
            <translation>Large (not SME)</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospects.py" line="37" />
            <source>Prospect</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospects.py" line="38" />
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospects.py" line="39" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospects.py" line="44" />
            <location filename="../../ui/segments/prospects.py" line="68" />
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospects.py" line="47" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospects.py" line="48" />
            <source>USCC</source>
            <translation>USCC</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospects.py" line="49" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospects.py" line="50" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospects.py" line="51" />
            <source>Eligible</source>
            <translation>Eligible</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospects.py" line="52" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospects.py" line="53" />
            <source>Open application</source>
            <translation>Open application</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospects.py" line="42" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospects.py" line="43" />
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>ProspectsPanel</name>
        <message>
            <location filename="../../ui/segments/prospect_panel.py" line="80" />
            <source>Import prospects…</source>
            <extracomment>The widest the "Why" column opens (pixels).</extracomment>
            <translation>Import prospects…</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospect_panel.py" line="81" />
            <source>Select eligible</source>
            <translation>Select eligible</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospect_panel.py" line="82" />
            <source>Clear selection</source>
            <translation>Clear selection</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospect_panel.py" line="83" />
            <source>Create applications…</source>
            <translation>Create applications…</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospect_panel.py" line="105" />
            <source>No prospects yet: import the segment's prospect list (.xlsx or .csv).</source>
            <translation>No prospects yet: import the segment's prospect list (.xlsx or .csv).</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospect_panel.py" line="110" />
            <source>{total} prospects — micro {micro} · small {small} · medium {medium} · not SME {large} · size unknown {unknown_size}&lt;br&gt;eligible {eligible} · not eligible {not_eligible} · eligibility unknown {unknown}</source>
            <translation>{total} prospects — micro {micro} · small {small} · medium {medium} · not SME {large} · size unknown {unknown_size}&lt;br&gt;eligible {eligible} · not eligible {not_eligible} · eligibility unknown {unknown}</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospect_panel.py" line="130" />
            <source>Most common: {reasons}</source>
            <translation>Most common: {reasons}</translation>
        </message>
        <message>
            <location filename="../../ui/segments/prospect_panel.py" line="140" />
            <source>{selected} selected / {eligible} eligible without an open application</source>
            <translation>{selected} selected / {eligible} eligible without an open application</translation>
        </message>
    </context>
    <context>
        <name>QuarterOverview</name>
        <message>
            <location filename="../../ui/segments/overview.py" line="53" />
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <location filename="../../ui/segments/overview.py" line="56" />
            <source>RM</source>
            <translation>RM</translation>
        </message>
        <message>
            <location filename="../../ui/segments/overview.py" line="57" />
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../ui/segments/overview.py" line="58" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/segments/overview.py" line="59" />
            <source>Visited</source>
            <translation>Visited</translation>
        </message>
        <message>
            <location filename="../../ui/segments/overview.py" line="60" />
            <source>Applications</source>
            <translation>Applications</translation>
        </message>
        <message>
            <location filename="../../ui/segments/overview.py" line="61" />
            <source>Approved (万元)</source>
            <translation>Approved (万元)</translation>
        </message>
        <message>
            <location filename="../../ui/segments/overview.py" line="117" />
            <source>The bank asks for at least {minimum} segment plans a quarter. Short in {quarter}: {who}</source>
            <translation>The bank asks for at least {minimum} segment plans a quarter. Short in {quarter}: {who}</translation>
        </message>
        <message>
            <location filename="../../ui/segments/overview.py" line="127" />
            <source>{count} plans in {quarter}.</source>
            <translation>{count} plans in {quarter}.</translation>
        </message>
    </context>
    <context>
        <name>RatioTable</name>
        <message>
            <location filename="../../ui/scoring/statements.py" line="391" />
            <source>Not scored by this scorecard</source>
            <translation>Not scored by this scorecard</translation>
        </message>
    </context>
    <context>
        <name>RejectedList</name>
        <message>
            <location filename="../../ui/sync/rejected_view.py" line="112" />
            <source>No reason given</source>
            <extracomment>Open a record to fix it: (entity, id). Give a refused change up (its id). Send a refused change again as the record now is (its id). The confirmation shown last (discarding loses the change).</extracomment>
            <translation>No reason given</translation>
        </message>
        <message>
            <location filename="../../ui/sync/rejected_view.py" line="163" />
            <location filename="../../ui/sync/rejected_view.py" line="184" />
            <source>Discard change</source>
            <translation>Discard change</translation>
        </message>
        <message>
            <location filename="../../ui/sync/rejected_view.py" line="164" />
            <source>Discard this change? The record goes back to what was last synced.</source>
            <translation>Discard this change? The record goes back to what was last synced.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/rejected_view.py" line="165" />
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ui/sync/rejected_view.py" line="166" />
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <location filename="../../ui/sync/rejected_view.py" line="178" />
            <source>The server refused these changes. Open the record and correct it: the fix is sent with the next sync. Or discard the change.</source>
            <translation>The server refused these changes. Open the record and correct it: the fix is sent with the next sync. Or discard the change.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/rejected_view.py" line="182" />
            <source>Open record to fix</source>
            <translation>Open record to fix</translation>
        </message>
        <message>
            <location filename="../../ui/sync/rejected_view.py" line="183" />
            <source>Send again</source>
            <translation>Send again</translation>
        </message>
    </context>
    <context>
        <name>ReportView</name>
        <message>
            <location filename="../../ui/sync/report_view.py" line="124" />
            <source>Changes sent</source>
            <extracomment>The RM opened a record: (entity, id).</extracomment>
            <translation>Changes sent</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="125" />
            <source>Changes received</source>
            <translation>Changes received</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="126" />
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="127" />
            <source>Refused changes</source>
            <translation>Refused changes</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="128" />
            <source>Files uploaded</source>
            <translation>Files uploaded</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="129" />
            <source>Files downloaded</source>
            <translation>Files downloaded</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="130" />
            <source>Reference data</source>
            <translation>Reference data</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="131" />
            <source>Removed (reassigned)</source>
            <translation>Removed (reassigned)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="135" />
            <source>Needs your attention</source>
            <translation>Needs your attention</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="138" />
            <source>No sync yet on this laptop.</source>
            <translation>No sync yet on this laptop.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="154" />
            <source>Last sync completed at {time}</source>
            <translation>Last sync completed at {time}</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="156" />
            <source>Last sync was stopped at {time}</source>
            <translation>Last sync was stopped at {time}</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="157" />
            <source>Last sync failed at {time}</source>
            <translation>Last sync failed at {time}</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="160" />
            <source>{sent} (accepted {accepted})</source>
            <translation>{sent} (accepted {accepted})</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="163" />
            <location filename="../../ui/sync/report_view.py" line="173" />
            <source>{files} ({size})</source>
            <translation>{files} ({size})</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="167" />
            <source>{files} ({size}), {later} when opened</source>
            <translation>{files} ({size}), {later} when opened</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="178" />
            <source>{n} refreshed, {errors} not usable</source>
            <translation>{n} refreshed, {errors} not usable</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="182" />
            <source>Refreshed: {names}</source>
            <translation>Refreshed: {names}</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="182" />
            <location filename="../../ui/sync/report_view.py" line="215" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="184" />
            <source>Up to date</source>
            <translation>Up to date</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="206" />
            <source>Credit decision</source>
            <translation>Credit decision</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="218" />
            <source>Conflict</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="225" />
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="238" />
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="240" />
            <source>; </source>
            <translation>; </translation>
        </message>
    </context>
    <context>
        <name>ResolveAlert</name>
        <message>
            <location filename="../../ui/visits/alerts.py" line="52" />
            <source>Resolve alert</source>
            <extracomment>Open alerts listed in a profile's header; the rest are counted.</extracomment>
            <translation>Resolve alert</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="55" />
            <source>How was “{signal}” resolved?</source>
            <translation>How was “{signal}” resolved?</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="58" />
            <source>How was the alert resolved?</source>
            <translation>How was the alert resolved?</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="60" />
            <source>What you found or did, e.g. the lawsuit was settled</source>
            <translation>What you found or did, e.g. the lawsuit was settled</translation>
        </message>
        <message>
            <location filename="../../ui/visits/alerts.py" line="62" />
            <source>Resolve</source>
            <translation>Resolve</translation>
        </message>
    </context>
    <context>
        <name>ResultPanel</name>
        <message>
            <location filename="../../ui/scoring/result_panel.py" line="124" />
            <source>points</source>
            <extracomment>How many reason codes are listed. Grade colours from best to worst third of the grade table. The RM wants to try a suggestion: (input name, value). The suggestion labels and their "Try" buttons, as shown.</extracomment>
            <translation>points</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/result_panel.py" line="125" />
            <source>Points by characteristic</source>
            <translation>Points by characteristic</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/result_panel.py" line="126" />
            <source>Main reasons</source>
            <translation>Main reasons</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/result_panel.py" line="127" />
            <source>What would move the grade</source>
            <translation>What would move the grade</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/result_panel.py" line="181" />
            <source>No result yet.</source>
            <translation>No result yet.</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/result_panel.py" line="188" />
            <source>This scorecard has no grades</source>
            <translation>This scorecard has no grades</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/result_panel.py" line="201" />
            <source>Every item scores at or above its baseline.</source>
            <translation>Every item scores at or above its baseline.</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/result_panel.py" line="203" />
            <source>This is the best grade.</source>
            <translation>This is the best grade.</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/result_panel.py" line="205" />
            <source>No single change reaches the next grade.</source>
            <translation>No single change reaches the next grade.</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/result_panel.py" line="216" />
            <location filename="../../ui/scoring/result_panel.py" line="242" />
            <source>Try</source>
            <translation>Try</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/result_panel.py" line="245" />
            <source>Put this value into the form</source>
            <translation>Put this value into the form</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../ui/onboarding/review.py" line="46" />
            <source>Review</source>
            <extracomment>The RM wants to fix the problem at this field path.</extracomment>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/review.py" line="71" />
            <source>Still to do before the customer can be marked complete (double-click to go there):</source>
            <translation>Still to do before the customer can be marked complete (double-click to go there):</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/review.py" line="78" />
            <source>Everything needed is there: the customer can be marked complete.</source>
            <translation>Everything needed is there: the customer can be marked complete.</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/review.py" line="83" />
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
    </context>
    <context>
        <name>RmStatusBar</name>
        <message>
            <location filename="../../ui/status_bar.py" line="64" />
            <source>● Online</source>
            <translation>● Online</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="64" />
            <source>○ Offline</source>
            <translation>○ Offline</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="66" />
            <source>Unsynced changes: {n}</source>
            <translation>Unsynced changes: {n}</translation>
        </message>
    </context>
    <context>
        <name>RowTable</name>
        <message>
            <location filename="../../ui/onboarding/tables.py" line="105" />
            <source>{column} (10k CNY)</source>
            <translation>{column} (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/tables.py" line="108" />
            <source>Add row</source>
            <translation>Add row</translation>
        </message>
        <message>
            <location filename="../../ui/onboarding/tables.py" line="109" />
            <source>Remove row</source>
            <translation>Remove row</translation>
        </message>
    </context>
    <context>
        <name>ScorecardDialog</name>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="289" />
            <source>Financial statements (10k CNY)</source>
            <extracomment>Changes within this time are scored once. The customer, statements and history arrived and are shown. The result on screen was recomputed. An assessment was written from here (its id). The window's own assessment (None: a new one, not saved yet). An entry of the history shown read-only instead of the window's own. Writes sent to the background and not answered yet. Changes not saved yet. The message box shown last (confirmation or refusal). Statements were saved: the grid learns their ids at the next load.</extracomment>
            <translation>Financial statements (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="290" />
            <source>Ratios of the latest statement</source>
            <translation>Ratios of the latest statement</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="291" />
            <source>Assessment items</source>
            <translation>Assessment items</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="292" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="294" />
            <source>History ({count})</source>
            <translation>History ({count})</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="295" />
            <source>Back to current</source>
            <translation>Back to current</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="296" />
            <source>New assessment</source>
            <translation>New assessment</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="297" />
            <source>Save draft</source>
            <translation>Save draft</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="298" />
            <source>Submit…</source>
            <translation>Submit…</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="299" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="302" />
            <source>Credit assessment</source>
            <translation>Credit assessment</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="303" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="306" />
            <source>Credit assessment: {customer}</source>
            <translation>Credit assessment: {customer}</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="313" />
            <source>{model}, for a loan application</source>
            <translation>{model}, for a loan application</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="349" />
            <source>This customer no longer exists.</source>
            <translation>This customer no longer exists.</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="351" />
            <source>The assessment could not be loaded: {error}</source>
            <translation>The assessment could not be loaded: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="451" />
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="463" />
            <source>Viewing the assessment of {time} ({status}); it cannot be changed.</source>
            <translation>Viewing the assessment of {time} ({status}); it cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="469" />
            <source>New assessment, not saved yet. The grade follows every change.</source>
            <translation>New assessment, not saved yet. The grade follows every change.</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="472" />
            <source>Submitted by {user} at {time}. A submitted assessment cannot be changed.</source>
            <translation>Submitted by {user} at {time}. A submitted assessment cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="474" />
            <source>Draft, last saved by {user} at {time}.</source>
            <translation>Draft, last saved by {user} at {time}.</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="532" />
            <source>The scorecard cannot score these inputs: {error}</source>
            <translation>The scorecard cannot score these inputs: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="615" />
            <location filename="../../ui/scoring/dialog.py" line="624" />
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="625" />
            <source>Correct the statement figures marked in red first.</source>
            <translation>Correct the statement figures marked in red first.</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="669" />
            <source>Submitting…</source>
            <translation>Submitting…</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="669" />
            <location filename="../../ui/scoring/dialog.py" line="724" />
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="679" />
            <source>Not submitted</source>
            <translation>Not submitted</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="680" />
            <source>Correct the fields marked in red first.</source>
            <translation>Correct the fields marked in red first.</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="687" />
            <source>Submit assessment</source>
            <translation>Submit assessment</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="688" />
            <source>Submit this assessment?</source>
            <translation>Submit this assessment?</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="694" />
            <source>A submitted assessment cannot be changed.</source>
            <translation>A submitted assessment cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="696" />
            <source>Not filled in: {items}</source>
            <translation>Not filled in: {items}</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="700" />
            <source>Submit</source>
            <translation>Submit</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="749" />
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="750" />
            <source>Close without saving the changes?</source>
            <translation>Close without saving the changes?</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/dialog.py" line="752" />
            <source>Close without saving</source>
            <translation>Close without saving</translation>
        </message>
    </context>
    <context>
        <name>ScorecardTexts</name>
        <message>
            <location filename="../../ui/scoring/texts.py" line="168" />
            <source>No new credit at this grade</source>
            <translation>No new credit at this grade</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="171" />
            <source>Collateral required</source>
            <translation>Collateral required</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="173" />
            <source>No collateral</source>
            <translation>No collateral</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="176" />
            <source>Max exposure: {amount} (10k CNY)</source>
            <translation>Max exposure: {amount} (10k CNY)</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="179" />
            <source>Rate: LPR + {spread} bp</source>
            <translation>Rate: LPR + {spread} bp</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="182" />
            <source>Max tenor: {months} months</source>
            <translation>Max tenor: {months} months</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="200" />
            <source>{input}: {new} (not filled in now): +{points} points → {grade}</source>
            <translation>{input}: {new} (not filled in now): +{points} points → {grade}</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="203" />
            <source>{input} from {old} to {new}: +{points} points → {grade}</source>
            <translation>{input} from {old} to {new}: +{points} points → {grade}</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="229" />
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="243" />
            <source>This assessment is submitted and can no longer change.</source>
            <translation>This assessment is submitted and can no longer change.</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="247" />
            <source>The scorecard cannot score these inputs: {error}</source>
            <translation>The scorecard cannot score these inputs: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="251" />
            <source>It was deleted meanwhile.</source>
            <translation>It was deleted meanwhile.</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="252" />
            <source>Something went wrong: {error}</source>
            <translation>Something went wrong: {error}</translation>
        </message>
    </context>
    <context>
        <name>ScorecardUnit</name>
        <message>
            <location filename="../../ui/scoring/texts.py" line="42" />
            <source>times</source>
            <extracomment>Units models use, in English (a Chinese UI shows the model's own unit).</extracomment>
            <translation>times</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="43" />
            <source>times a year</source>
            <translation>times a year</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="44" />
            <source>years</source>
            <translation>years</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="45" />
            <source>months</source>
            <translation>months</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="46" />
            <source>10k CNY</source>
            <translation>10k CNY</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="47" />
            <source>CNY</source>
            <translation>CNY</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="48" />
            <source>people</source>
            <translation>people</translation>
        </message>
    </context>
    <context>
        <name>Scoring</name>
        <message>
            <location filename="../../app/assessments.py" line="53" />
            <source>Financial statements have no item called {name}</source>
            <extracomment>Amounts (yuan) must be below this. English templates of statement problems (context ``"Scoring"``).</extracomment>
            <translation>Financial statements have no item called {name}</translation>
        </message>
        <message>
            <location filename="../../app/assessments.py" line="56" />
            <source>Enter an amount in yuan</source>
            <translation>Enter an amount in yuan</translation>
        </message>
        <message>
            <location filename="../../app/assessments.py" line="57" />
            <source>This amount cannot be negative</source>
            <translation>This amount cannot be negative</translation>
        </message>
        <message>
            <location filename="../../app/assessments.py" line="58" />
            <source>Enter the amount to the fen at most</source>
            <translation>Enter the amount to the fen at most</translation>
        </message>
        <message>
            <location filename="../../app/assessments.py" line="59" />
            <source>The amount is too large</source>
            <translation>The amount is too large</translation>
        </message>
        <message>
            <location filename="../../app/scoring/engine.py" line="37" />
            <source>This model has no input called {name}</source>
            <translation>This model has no input called {name}</translation>
        </message>
        <message>
            <location filename="../../app/scoring/engine.py" line="38" />
            <source>Enter a number or a listed value</source>
            <translation>Enter a number or a listed value</translation>
        </message>
        <message>
            <location filename="../../app/scoring/engine.py" line="39" />
            <source>Enter a number</source>
            <translation>Enter a number</translation>
        </message>
        <message>
            <location filename="../../app/scoring/engine.py" line="40" />
            <source>Enter a whole number</source>
            <translation>Enter a whole number</translation>
        </message>
        <message>
            <location filename="../../app/scoring/engine.py" line="41" />
            <source>Enter a value in the range {range}</source>
            <translation>Enter a value in the range {range}</translation>
        </message>
        <message>
            <location filename="../../app/scoring/engine.py" line="42" />
            <source>Choose one of the listed values</source>
            <translation>Choose one of the listed values</translation>
        </message>
    </context>
    <context>
        <name>Segment</name>
        <message>
            <location filename="../../app/segments.py" line="59" />
            <source>Sub-industry</source>
            <translation>Sub-industry</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="60" />
            <source>Industrial cluster</source>
            <translation>Industrial cluster</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="61" />
            <source>Supply chain</source>
            <translation>Supply chain</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="62" />
            <source>County industry</source>
            <translation>County industry</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="63" />
            <source>Commodity market</source>
            <translation>Commodity market</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="64" />
            <source>Development zone</source>
            <translation>Development zone</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="71" />
            <source>Enter the segment's name</source>
            <extracomment>Application statuses that count as "open" (a new one would duplicate it).</extracomment>
            <translation>Enter the segment's name</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="72" />
            <source>The name is too long: at most 64 characters</source>
            <translation>The name is too long: at most 64 characters</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="73" />
            <source>Another segment is already called {name}</source>
            <translation>Another segment is already called {name}</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="74" />
            <source>Choose the segment's type</source>
            <translation>Choose the segment's type</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="75" />
            <source>A supply chain needs its core enterprise: enter its name</source>
            <translation>A supply chain needs its core enterprise: enter its name</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="78" />
            <source>The core enterprise's credit code must have 18 characters</source>
            <translation>The core enterprise's credit code must have 18 characters</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="81" />
            <source>The default product is not in the catalogue</source>
            <translation>The default product is not in the catalogue</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="82" />
            <source>The default amount must be above zero</source>
            <translation>The default amount must be above zero</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="83" />
            <source>The default term must be 1 to 600 months</source>
            <translation>The default term must be 1 to 600 months</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="84" />
            <source>At most 20 risk controls, each at most 200 characters</source>
            <translation>At most 20 risk controls, each at most 200 characters</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="174" />
            <source>not registered in the PRC</source>
            <extracomment>What kind of reason (a key of :data:`REASON_LABELS`), for counting. Short labels of the kinds of reason, for the counts over a segment.</extracomment>
            <translation>not registered in the PRC</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="175" />
            <source>total assets above the SME limit</source>
            <translation>total assets above the SME limit</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="176" />
            <source>total assets missing</source>
            <translation>total assets missing</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="177" />
            <source>requested exposure above the SME limit</source>
            <translation>requested exposure above the SME limit</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="178" />
            <source>requested exposure missing</source>
            <translation>requested exposure missing</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="179" />
            <source>size not determined (data missing)</source>
            <translation>size not determined (data missing)</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="180" />
            <source>large enterprise</source>
            <translation>large enterprise</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="355" />
            <source>Large enterprise: not an SME</source>
            <extracomment>Why (not) eligible / why no size: failed or missing checks, first the most telling. (reason code, how many prospects have it), most frequent first (see REASON_LABELS). Eligible prospects without an open application (what "Select eligible" ticks). Eligible and without an open application (see :data:`OPEN_APPLICATION_STATUSES`).</extracomment>
            <translation>Large enterprise: not an SME</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="402" />
            <source>Not a prospect of this segment</source>
            <translation>Not a prospect of this segment</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="403" />
            <source>Not eligible for SME credit</source>
            <translation>Not eligible for SME credit</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="404" />
            <source>Eligibility unknown: the profile lacks data</source>
            <translation>Eligibility unknown: the profile lacks data</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="407" />
            <source>Already has an open application ({product})</source>
            <translation>Already has an open application ({product})</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="410" />
            <source>The shared terms do not fit this customer</source>
            <translation>The shared terms do not fit this customer</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="471" />
            <source>Choose the product for the applications</source>
            <translation>Choose the product for the applications</translation>
        </message>
    </context>
    <context>
        <name>SegmentDialog</name>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="207" />
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="207" />
            <source>New segment</source>
            <translation>New segment</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="209" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="210" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="211" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="212" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="213" />
            <source>Core enterprise</source>
            <translation>Core enterprise</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="214" />
            <source>Core enterprise USCC</source>
            <translation>Core enterprise USCC</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="215" />
            <source>Common risk controls</source>
            <translation>Common risk controls</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="216" />
            <source>Default product</source>
            <translation>Default product</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="217" />
            <source>Default amount (万元)</source>
            <translation>Default amount (万元)</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="218" />
            <source>Default term (months)</source>
            <translation>Default term (months)</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="222" />
            <source>e.g. 永康五金产业集群</source>
            <translation>e.g. 永康五金产业集群</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="223" />
            <source>One per line, e.g. 核心企业担保</source>
            <translation>One per line, e.g. 核心企业担保</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="224" />
            <source>Empty: each prospect's requested exposure</source>
            <translation>Empty: each prospect's requested exposure</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="225" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="241" />
            <source>No default product: choose one when creating.</source>
            <translation>No default product: choose one when creating.</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="247" />
            <source>Checklist ({count} documents): {names}</source>
            <translation>Checklist ({count} documents): {names}</translation>
        </message>
        <message>
            <location filename="../../ui/segments/dialogs.py" line="286" />
            <source>Enter the default amount in 万元 as a number, e.g. 50</source>
            <translation>Enter the default amount in 万元 as a number, e.g. 50</translation>
        </message>
    </context>
    <context>
        <name>SegmentInfo</name>
        <message>
            <location filename="../../ui/segments/segment_detail.py" line="96" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/segments/segment_detail.py" line="97" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ui/segments/segment_detail.py" line="112" />
            <source>Core enterprise: {name}</source>
            <translation>Core enterprise: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/segments/segment_detail.py" line="116" />
            <source>Shared terms: {terms}</source>
            <translation>Shared terms: {terms}</translation>
        </message>
        <message>
            <location filename="../../ui/segments/segment_detail.py" line="119" />
            <source>Risk controls: {controls}</source>
            <translation>Risk controls: {controls}</translation>
        </message>
        <message>
            <location filename="../../ui/segments/segment_detail.py" line="124" />
            <source>&lt;i&gt;{owner}'s segment: read only&lt;/i&gt;</source>
            <translation>&lt;i&gt;{owner}'s segment: read only&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/segments/segment_detail.py" line="139" />
            <source>{amount} 万元</source>
            <translation>{amount} 万元</translation>
        </message>
        <message>
            <location filename="../../ui/segments/segment_detail.py" line="145" />
            <source>{months} months</source>
            <translation>{months} months</translation>
        </message>
    </context>
    <context>
        <name>SegmentList</name>
        <message>
            <location filename="../../ui/segments/segment_detail.py" line="54" />
            <source>{name}
{type} · {members} prospects</source>
            <extracomment>The RM chose another segment (its id).</extracomment>
            <translation>{name}
{type} · {members} prospects</translation>
        </message>
    </context>
    <context>
        <name>SegmentPlan</name>
        <message>
            <location filename="../../app/segment_plans.py" line="42" />
            <source>Draft</source>
            <extracomment>The bank's rule: at least this many segment plans a quarter. Application statuses that count as submitted for the quarter.</extracomment>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../app/segment_plans.py" line="43" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../app/segment_plans.py" line="44" />
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../app/segment_plans.py" line="48" />
            <source>Enter the quarter as year and quarter, e.g. 2026Q4</source>
            <translation>Enter the quarter as year and quarter, e.g. 2026Q4</translation>
        </message>
        <message>
            <location filename="../../app/segment_plans.py" line="51" />
            <source>This segment already has a plan for {quarter}</source>
            <translation>This segment already has a plan for {quarter}</translation>
        </message>
        <message>
            <location filename="../../app/segment_plans.py" line="54" />
            <source>Targets must be between 0 and 1,000,000</source>
            <translation>Targets must be between 0 and 1,000,000</translation>
        </message>
        <message>
            <location filename="../../app/segment_plans.py" line="55" />
            <source>The approved amount target must be zero or more</source>
            <translation>The approved amount target must be zero or more</translation>
        </message>
        <message>
            <location filename="../../app/segment_plans.py" line="58" />
            <source>Choose the plan's status</source>
            <translation>Choose the plan's status</translation>
        </message>
        <message>
            <location filename="../../app/segment_plans.py" line="59" />
            <source>Choose the segment</source>
            <translation>Choose the segment</translation>
        </message>
        <message>
            <location filename="../../app/segment_plans.py" line="60" />
            <source>This plan belongs to {owner}: only they can change it</source>
            <translation>This plan belongs to {owner}: only they can change it</translation>
        </message>
    </context>
    <context>
        <name>SegmentsPage</name>
        <message>
            <location filename="../../ui/pages/titles.py" line="33" />
            <location filename="../../ui/segments/page.py" line="182" />
            <location filename="../../ui/segments/page.py" line="211" />
            <location filename="../../ui/segments/page.py" line="215" />
            <source>Segments</source>
            <extracomment>Segments, plans and the first page of prospects were (re)loaded and shown. A batch creation finished (its :class:`BatchResult`). Signed in as a branch manager or credit officer: nothing can be changed here. The last segment or plan editor opened.</extracomment>
            <translation>Segments</translation>
        </message>
        <message>
            <location filename="../../ui/segments/page.py" line="212" />
            <source>New segment…</source>
            <translation>New segment…</translation>
        </message>
        <message>
            <location filename="../../ui/segments/page.py" line="213" />
            <source>Prospects</source>
            <translation>Prospects</translation>
        </message>
        <message>
            <location filename="../../ui/segments/page.py" line="214" />
            <source>Plans</source>
            <translation>Plans</translation>
        </message>
        <message>
            <location filename="../../ui/segments/page.py" line="216" />
            <source>Plans by quarter</source>
            <translation>Plans by quarter</translation>
        </message>
        <message>
            <location filename="../../ui/segments/page.py" line="299" />
            <source>No segments yet. A segment (细分市场) groups enterprises with shared risk controls: a sub-industry, a cluster, a supply chain… Click New segment…</source>
            <translation>No segments yet. A segment (细分市场) groups enterprises with shared risk controls: a sub-industry, a cluster, a supply chain… Click New segment…</translation>
        </message>
        <message>
            <location filename="../../ui/segments/page.py" line="275" />
            <location filename="../../ui/segments/page.py" line="339" />
            <source>Could not finish: {error}</source>
            <translation>Could not finish: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/segments/page.py" line="358" />
            <source>Delete segment</source>
            <translation>Delete segment</translation>
        </message>
        <message>
            <location filename="../../ui/segments/page.py" line="359" />
            <source>Delete {name} and its plans? Its prospects stay as customers.</source>
            <translation>Delete {name} and its plans? Its prospects stay as customers.</translation>
        </message>
        <message>
            <location filename="../../ui/segments/page.py" line="378" />
            <source>{count} eligible prospects selected.</source>
            <translation>{count} eligible prospects selected.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/pages/settings.py" line="66" />
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="67" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="67" />
            <source>Profile folder</source>
            <translation>Profile folder</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="67" />
            <source>Log file</source>
            <translation>Log file</translation>
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <location filename="../../app/risk_signals.py" line="54" />
            <source>Low</source>
            <extracomment>English label of each severity (context ``Severity``), for the UI.</extracomment>
            <translation>Low</translation>
        </message>
        <message>
            <location filename="../../app/risk_signals.py" line="55" />
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../../app/risk_signals.py" line="56" />
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <location filename="../../app/risk_signals.py" line="57" />
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="133" />
            <source>Sign in to the sync server</source>
            <extracomment>Signed in (the account is stored in the profile, the token in the keyring). A sign-in is on its way.</extracomment>
            <translation>Sign in to the sync server</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="135" />
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="136" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="137" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="138" />
            <source>CA bundle</source>
            <translation>CA bundle</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="142" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="143" />
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="145" />
            <source>Only if IT gave you a certificate file for the bank's internal server.</source>
            <translation>Only if IT gave you a certificate file for the bank's internal server.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="147" />
            <source>Signing in…</source>
            <translation>Signing in…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="147" />
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="148" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="161" />
            <source>Choose the CA bundle</source>
            <translation>Choose the CA bundle</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="163" />
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="177" />
            <source>Enter the server address, e.g. https://rmdesk.bank.cn</source>
            <translation>Enter the server address, e.g. https://rmdesk.bank.cn</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="179" />
            <source>Enter your user name</source>
            <translation>Enter your user name</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="181" />
            <source>Enter your password</source>
            <translation>Enter your password</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="249" />
            <source>Sign-in failed: {error}</source>
            <translation>Sign-in failed: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="273" />
            <source>Too many failed sign-ins: try again at {time}</source>
            <translation>Too many failed sign-ins: try again at {time}</translation>
        </message>
        <message>
            <location filename="../../ui/sync/sign_in.py" line="277" />
            <source>You can try to sign in again now</source>
            <translation>You can try to sign in again now</translation>
        </message>
    </context>
    <context>
        <name>SignalsPanel</name>
        <message>
            <location filename="../../ui/visits/signals_panel.py" line="65" />
            <source>Tick what you saw. Each ticked signal raises an alert when the visit is done.</source>
            <translation>Tick what you saw. Each ticked signal raises an alert when the visit is done.</translation>
        </message>
        <message>
            <location filename="../../ui/visits/signals_panel.py" line="71" />
            <source>Note (optional)</source>
            <translation>Note (optional)</translation>
        </message>
    </context>
    <context>
        <name>SizeRule</name>
        <message>
            <location filename="../../app/classification.py" line="59" />
            <source>{row}: employees ≥ {employees} and revenue ≥ {revenue} 万元 → large</source>
            <extracomment>The rule that decided a size, by the row's metrics. Large/medium/small quote the bounds that were all met; micro quotes the small bounds, one of which was not.</extracomment>
            <translation>{row}: employees ≥ {employees} and revenue ≥ {revenue} 万元 → large</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="62" />
            <source>{row}: employees ≥ {employees} and revenue ≥ {revenue} 万元 → medium</source>
            <translation>{row}: employees ≥ {employees} and revenue ≥ {revenue} 万元 → medium</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="65" />
            <source>{row}: employees ≥ {employees} and revenue ≥ {revenue} 万元 → small</source>
            <translation>{row}: employees ≥ {employees} and revenue ≥ {revenue} 万元 → small</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="68" />
            <source>{row}: employees &lt; {employees} or revenue &lt; {revenue} 万元 → micro</source>
            <translation>{row}: employees &lt; {employees} or revenue &lt; {revenue} 万元 → micro</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="71" />
            <source>{row}: revenue ≥ {revenue} 万元 and assets ≥ {assets} 万元 → large</source>
            <translation>{row}: revenue ≥ {revenue} 万元 and assets ≥ {assets} 万元 → large</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="74" />
            <source>{row}: revenue ≥ {revenue} 万元 and assets ≥ {assets} 万元 → medium</source>
            <translation>{row}: revenue ≥ {revenue} 万元 and assets ≥ {assets} 万元 → medium</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="77" />
            <source>{row}: revenue ≥ {revenue} 万元 and assets ≥ {assets} 万元 → small</source>
            <translation>{row}: revenue ≥ {revenue} 万元 and assets ≥ {assets} 万元 → small</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="80" />
            <source>{row}: revenue &lt; {revenue} 万元 or assets &lt; {assets} 万元 → micro</source>
            <translation>{row}: revenue &lt; {revenue} 万元 or assets &lt; {assets} 万元 → micro</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="83" />
            <source>{row}: employees ≥ {employees} and assets ≥ {assets} 万元 → large</source>
            <translation>{row}: employees ≥ {employees} and assets ≥ {assets} 万元 → large</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="86" />
            <source>{row}: employees ≥ {employees} and assets ≥ {assets} 万元 → medium</source>
            <translation>{row}: employees ≥ {employees} and assets ≥ {assets} 万元 → medium</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="89" />
            <source>{row}: employees ≥ {employees} and assets ≥ {assets} 万元 → small</source>
            <translation>{row}: employees ≥ {employees} and assets ≥ {assets} 万元 → small</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="92" />
            <source>{row}: employees &lt; {employees} or assets &lt; {assets} 万元 → micro</source>
            <translation>{row}: employees &lt; {employees} or assets &lt; {assets} 万元 → micro</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="95" />
            <source>{row}: revenue ≥ {revenue} 万元 → large</source>
            <translation>{row}: revenue ≥ {revenue} 万元 → large</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="96" />
            <source>{row}: revenue ≥ {revenue} 万元 → medium</source>
            <translation>{row}: revenue ≥ {revenue} 万元 → medium</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="97" />
            <source>{row}: revenue ≥ {revenue} 万元 → small</source>
            <translation>{row}: revenue ≥ {revenue} 万元 → small</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="98" />
            <source>{row}: revenue &lt; {revenue} 万元 → micro</source>
            <translation>{row}: revenue &lt; {revenue} 万元 → micro</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="99" />
            <source>{row}: employees ≥ {employees} → large</source>
            <translation>{row}: employees ≥ {employees} → large</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="100" />
            <source>{row}: employees ≥ {employees} → medium</source>
            <translation>{row}: employees ≥ {employees} → medium</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="101" />
            <source>{row}: employees ≥ {employees} → small</source>
            <translation>{row}: employees ≥ {employees} → small</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="102" />
            <source>{row}: employees &lt; {employees} → micro</source>
            <translation>{row}: employees &lt; {employees} → micro</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="107" />
            <source>{row}: employees are needed to classify</source>
            <extracomment>Why a size could not be decided, by the metrics the row needs but did not get.</extracomment>
            <translation>{row}: employees are needed to classify</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="108" />
            <source>{row}: revenue is needed to classify</source>
            <translation>{row}: revenue is needed to classify</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="109" />
            <source>{row}: total assets are needed to classify</source>
            <translation>{row}: total assets are needed to classify</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="110" />
            <source>{row}: employees and revenue are needed to classify</source>
            <translation>{row}: employees and revenue are needed to classify</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="111" />
            <source>{row}: employees and total assets are needed to classify</source>
            <translation>{row}: employees and total assets are needed to classify</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="114" />
            <source>{row}: revenue and total assets are needed to classify</source>
            <translation>{row}: revenue and total assets are needed to classify</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="117" />
            <source>{row}: employees, revenue and total assets are needed to classify</source>
            <translation>{row}: employees, revenue and total assets are needed to classify</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="122" />
            <source>No industry code: choose an industry to classify</source>
            <translation>No industry code: choose an industry to classify</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="123" />
            <source>Unknown industry code {code}: cannot classify</source>
            <translation>Unknown industry code {code}: cannot classify</translation>
        </message>
        <message>
            <location filename="../../app/classification.py" line="124" />
            <source>Industry code {code} spans several size rules: choose a division to classify</source>
            <translation>Industry code {code} spans several size rules: choose a division to classify</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <location filename="../../app/stages.py" line="35" />
            <source>Draft</source>
            <extracomment>Application statuses before submission (completeness decides draft vs documents complete). The stages in funnel order. English label of each stage (context ``Stage``), for the UI.</extracomment>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../app/stages.py" line="36" />
            <source>Documents complete</source>
            <translation>Documents complete</translation>
        </message>
        <message>
            <location filename="../../app/stages.py" line="37" />
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <location filename="../../app/stages.py" line="38" />
            <source>Under review</source>
            <translation>Under review</translation>
        </message>
        <message>
            <location filename="../../app/stages.py" line="39" />
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../app/stages.py" line="40" />
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <location filename="../../app/stages.py" line="41" />
            <source>More documents requested</source>
            <translation>More documents requested</translation>
        </message>
        <message>
            <location filename="../../app/stages.py" line="42" />
            <source>Disbursed</source>
            <translation>Disbursed</translation>
        </message>
    </context>
    <context>
        <name>StatementItem</name>
        <message>
            <location filename="../../ui/scoring/texts.py" line="29" />
            <source>Revenue</source>
            <extracomment>Statement items as the form names them (English source, context ``"StatementItem"``).</extracomment>
            <translation>Revenue</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="30" />
            <source>Net profit</source>
            <translation>Net profit</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="31" />
            <source>Total assets</source>
            <translation>Total assets</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="32" />
            <source>Total liabilities</source>
            <translation>Total liabilities</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="33" />
            <source>Current assets</source>
            <translation>Current assets</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="34" />
            <source>Current liabilities</source>
            <translation>Current liabilities</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="35" />
            <source>Operating cash flow</source>
            <translation>Operating cash flow</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="36" />
            <source>Inventory</source>
            <translation>Inventory</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/texts.py" line="37" />
            <source>Receivables</source>
            <translation>Receivables</translation>
        </message>
    </context>
    <context>
        <name>StatementsEditor</name>
        <message>
            <location filename="../../ui/scoring/statements.py" line="133" />
            <source>Period end</source>
            <extracomment>How many years of statements the form shows. A stored statement whose period end was changed here (it goes away). A figure, date or the audited mark was changed by the RM.</extracomment>
            <translation>Period end</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/statements.py" line="134" />
            <source>Audited</source>
            <translation>Audited</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/statements.py" line="138" />
            <source>The statement is audited</source>
            <translation>The statement is audited</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/statements.py" line="282" />
            <source>{item} ({period}): {problem}</source>
            <translation>{item} ({period}): {problem}</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/statements.py" line="289" />
            <source>Enter the period end of each statement</source>
            <translation>Enter the period end of each statement</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/statements.py" line="292" />
            <source>Two statements end on {period}</source>
            <translation>Two statements end on {period}</translation>
        </message>
        <message>
            <location filename="../../ui/scoring/statements.py" line="296" />
            <source>The period end {period} is in the future</source>
            <translation>The period end {period} is in the future</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../../app/sync/errors.py" line="14" />
            <source>The sync server {server} cannot be reached: check the network and try again. Your changes are kept on this laptop.</source>
            <translation>The sync server {server} cannot be reached: check the network and try again. Your changes are kept on this laptop.</translation>
        </message>
        <message>
            <location filename="../../app/sync/errors.py" line="19" />
            <source>The connection to the sync server was interrupted: try again. Nothing is lost; the next sync continues where this one stopped.</source>
            <translation>The connection to the sync server was interrupted: try again. Nothing is lost; the next sync continues where this one stopped.</translation>
        </message>
        <message>
            <location filename="../../app/sync/errors.py" line="24" />
            <source>The sync server's certificate is not trusted: check the server address and the bank's CA bundle ({detail})</source>
            <translation>The sync server's certificate is not trusted: check the server address and the bank's CA bundle ({detail})</translation>
        </message>
        <message>
            <location filename="../../app/sync/errors.py" line="29" />
            <source>Not signed in: sign in to the sync server first</source>
            <translation>Not signed in: sign in to the sync server first</translation>
        </message>
        <message>
            <location filename="../../app/sync/errors.py" line="30" />
            <source>Your sign-in has expired or was ended: sign in again to sync</source>
            <translation>Your sign-in has expired or was ended: sign in again to sync</translation>
        </message>
        <message>
            <location filename="../../app/sync/errors.py" line="33" />
            <source>Wrong username or password</source>
            <translation>Wrong username or password</translation>
        </message>
        <message>
            <location filename="../../app/sync/errors.py" line="34" />
            <source>Too many failed sign-ins: try again in {seconds} seconds</source>
            <translation>Too many failed sign-ins: try again in {seconds} seconds</translation>
        </message>
        <message>
            <location filename="../../app/sync/errors.py" line="35" />
            <source>Your account may not do this: {message}</source>
            <translation>Your account may not do this: {message}</translation>
        </message>
        <message>
            <location filename="../../app/sync/errors.py" line="36" />
            <source>This RM Desk is too old for the sync server: please update RM Desk. Your unsynced changes are kept.</source>
            <translation>This RM Desk is too old for the sync server: please update RM Desk. Your unsynced changes are kept.</translation>
        </message>
        <message>
            <location filename="../../app/sync/errors.py" line="41" />
            <source>The sync server is older than this RM Desk: ask IT to update the server</source>
            <translation>The sync server is older than this RM Desk: ask IT to update the server</translation>
        </message>
        <message>
            <location filename="../../app/sync/errors.py" line="44" />
            <source>The sync server had a problem (HTTP {status}): try again later. Your changes are kept.</source>
            <translation>The sync server had a problem (HTTP {status}): try again later. Your changes are kept.</translation>
        </message>
        <message>
            <location filename="../../app/sync/errors.py" line="48" />
            <source>Unexpected answer from the sync server (HTTP {status}): {message}</source>
            <translation>Unexpected answer from the sync server (HTTP {status}): {message}</translation>
        </message>
        <message>
            <location filename="../../app/sync/errors.py" line="51" />
            <source>The sign-in cannot be kept safely: no usable system keyring ({detail})</source>
            <translation>The sign-in cannot be kept safely: no usable system keyring ({detail})</translation>
        </message>
        <message>
            <location filename="../../app/sync/errors.py" line="54" />
            <source>Sync could not write on this laptop: {detail}. Check the free disk space.</source>
            <translation>Sync could not write on this laptop: {detail}. Check the free disk space.</translation>
        </message>
        <message>
            <location filename="../../app/sync/errors.py" line="57" />
            <source>Sync was stopped; the next sync continues where this one stopped</source>
            <translation>Sync was stopped; the next sync continues where this one stopped</translation>
        </message>
        <message>
            <location filename="../../app/sync/errors.py" line="60" />
            <source>A sync of this profile is already running</source>
            <translation>A sync of this profile is already running</translation>
        </message>
        <message>
            <location filename="../../app/sync/errors.py" line="61" />
            <source>This profile is signed in to {current}, not {requested}: sign in there first</source>
            <translation>This profile is signed in to {current}, not {requested}: sign in there first</translation>
        </message>
        <message>
            <location filename="../../app/sync/push.py" line="44" />
            <source>This change cannot be sent: {detail}</source>
            <extracomment>Problems that go away once the record they depend on reaches the server. Problems found on this laptop (the change could not even be sent).</extracomment>
            <translation>This change cannot be sent: {detail}</translation>
        </message>
        <message>
            <location filename="../../app/sync/push.py" line="45" />
            <source>The customer was reassigned to another RM: this change was not sent</source>
            <translation>The customer was reassigned to another RM: this change was not sent</translation>
        </message>
        <message>
            <location filename="../../app/security/device.py" line="45" />
            <source>This laptop was reported lost: RM Desk has erased the customer data and the sign-in on it. Ask your branch for a new profile.</source>
            <extracomment>sync_state key: the server's offline-lock policy in days (written at each sync). What an erased profile folder keeps: when and why (no customer data).</extracomment>
            <translation>This laptop was reported lost: RM Desk has erased the customer data and the sign-in on it. Ask your branch for a new profile.</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="14" />
            <source>This record is not on the server, or it is not in your portfolio</source>
            <translation>This record is not on the server, or it is not in your portfolio</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="17" />
            <source>The {parent} this belongs to is not on the server, or not in your portfolio</source>
            <translation>The {parent} this belongs to is not on the server, or not in your portfolio</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="20" />
            <source>Not saved because an earlier change it depends on was not saved</source>
            <translation>Not saved because an earlier change it depends on was not saved</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="23" />
            <source>A record with this id already exists</source>
            <translation>A record with this id already exists</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="24" />
            <source>This record was deleted on the server</source>
            <translation>This record was deleted on the server</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="25" />
            <source>This record is final ({state}) and can no longer change</source>
            <translation>This record is final ({state}) and can no longer change</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="28" />
            <source>Only the bank's systems change these records</source>
            <translation>Only the bank's systems change these records</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="29" />
            <source>This is an audit record: it cannot be changed or deleted</source>
            <translation>This is an audit record: it cannot be changed or deleted</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="32" />
            <source>The server does not know this field</source>
            <translation>The server does not know this field</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="33" />
            <source>This field cannot change once saved</source>
            <translation>This field cannot change once saved</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="34" />
            <source>This must be filled in</source>
            <translation>This must be filled in</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="35" />
            <source>Expected {expected}</source>
            <translation>Expected {expected}</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="36" />
            <source>Too long: at most {maximum} characters, this has {length}</source>
            <translation>Too long: at most {maximum} characters, this has {length}</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="39" />
            <source>“{value}” is not one of the choices</source>
            <translation>“{value}” is not one of the choices</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="40" />
            <source>The linked {entity} is not on the server or belongs to another customer</source>
            <translation>The linked {entity} is not on the server or belongs to another customer</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="43" />
            <source>The status cannot change from {current} to {target} here</source>
            <translation>The status cannot change from {current} to {target} here</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="46" />
            <source>The application is {status}: it can no longer be edited</source>
            <translation>The application is {status}: it can no longer be edited</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="49" />
            <source>This change id was already used for a different change</source>
            <translation>This change id was already used for a different change</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="52" />
            <source>A deleted record cannot be restored</source>
            <translation>A deleted record cannot be restored</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="53" />
            <source>The file size must be between 1 byte and {maximum} bytes</source>
            <translation>The file size must be between 1 byte and {maximum} bytes</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="56" />
            <source>The file hash must be 64 lower-case hexadecimal characters</source>
            <translation>The file hash must be 64 lower-case hexadecimal characters</translation>
        </message>
        <message>
            <location filename="../../server/sync/problems.py" line="59" />
            <source>{message}</source>
            <translation>{message}</translation>
        </message>
    </context>
    <context>
        <name>SyncConflictsView</name>
        <message>
            <location filename="../../ui/sync/conflicts_view.py" line="37" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_view.py" line="38" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_view.py" line="39" />
            <source>This laptop</source>
            <translation>This laptop</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_view.py" line="40" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_view.py" line="41" />
            <source>Before both</source>
            <translation>Before both</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <location filename="../../ui/sync/controller.py" line="361" />
            <source>This could not be saved: {error}</source>
            <extracomment>Seconds between two progress updates of the same phase. Tables whose changes the Sync page does not care about (autosaved drafts). Errors after which the engine (and its access token) is dropped. The account, pending counts and last report were read (``SyncStatus``). A run started. Where the run stands (``SyncProgress``). A run ended (``SyncReport``; ``error`` set when it failed or could not start). Conflicts and refused changes were read: (list[ConflictView], list[RejectedView]). Customer names were looked up (``names`` has them). Something to tell the RM (already translated). Customer id → name, for naming records.</extracomment>
            <translation>This could not be saved: {error}</translation>
        </message>
    </context>
    <context>
        <name>SyncDecision</name>
        <message>
            <location filename="../../ui/sync/texts.py" line="52" />
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="53" />
            <source>declined</source>
            <translation>declined</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="54" />
            <source>more documents requested</source>
            <translation>more documents requested</translation>
        </message>
    </context>
    <context>
        <name>SyncEntity</name>
        <message>
            <location filename="../../ui/sync/texts.py" line="33" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="34" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="35" />
            <source>Other bank relationship</source>
            <translation>Other bank relationship</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="36" />
            <source>Application</source>
            <translation>Application</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="37" />
            <source>Checklist item</source>
            <translation>Checklist item</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="38" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="39" />
            <source>Attachment</source>
            <translation>Attachment</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="40" />
            <source>Financial statement</source>
            <translation>Financial statement</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="41" />
            <source>Scorecard</source>
            <translation>Scorecard</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="42" />
            <source>Loan</source>
            <translation>Loan</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="43" />
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="44" />
            <source>Risk alert</source>
            <translation>Risk alert</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="45" />
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="46" />
            <source>Reveal of an ID number or phone</source>
            <translation>Reveal of an ID number or phone</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="47" />
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="48" />
            <source>Segment plan</source>
            <translation>Segment plan</translation>
        </message>
    </context>
    <context>
        <name>SyncField</name>
        <message>
            <location filename="../../ui/sync/texts.py" line="59" />
            <source>Amount</source>
            <extracomment>Labels of fields outside the customer profile (context "SyncField").</extracomment>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="60" />
            <source>Term (months)</source>
            <translation>Term (months)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="61" />
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="62" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="63" />
            <source>Collateral</source>
            <translation>Collateral</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="64" />
            <source>Collateral description</source>
            <translation>Collateral description</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="65" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="66" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="67" />
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="68" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="69" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="70" />
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="71" />
            <source>Issued on</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="72" />
            <source>Expires on</source>
            <translation>Expires on</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="73" />
            <source>Waiver reason</source>
            <translation>Waiver reason</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="74" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="75" />
            <source>Resolution note</source>
            <translation>Resolution note</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="76" />
            <source>Planned start</source>
            <translation>Planned start</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="77" />
            <source>Planned end</source>
            <translation>Planned end</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="78" />
            <source>Period end</source>
            <translation>Period end</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="79" />
            <source>Revenue</source>
            <translation>Revenue</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="80" />
            <source>Net profit</source>
            <translation>Net profit</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../ui/pages/sync.py" line="240" />
            <location filename="../../ui/pages/sync.py" line="425" />
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="360" />
            <source>Sign in…</source>
            <translation>Sign in…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="361" />
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="362" />
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="363" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="368" />
            <source>Last sync</source>
            <translation>Last sync</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="369" />
            <source>Conflicts ({n})</source>
            <translation>Conflicts ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="371" />
            <source>Refused changes ({n})</source>
            <translation>Refused changes ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="397" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="400" />
            <source>Not signed in. Sign in to sync with the branch server.</source>
            <translation>Not signed in. Sign in to sync with the branch server.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="402" />
            <source>Signed out of {server} ({user}). Sign in again to sync.</source>
            <translation>Signed out of {server} ({user}). Sign in again to sync.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="405" />
            <source>Signed in as {user} to {server}</source>
            <translation>Signed in as {user} to {server}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="414" />
            <source>Changes waiting to be sent: {n}. Last successful sync: {time}</source>
            <translation>Changes waiting to be sent: {n}. Last successful sync: {time}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="417" />
            <source>Changes waiting to be sent: {n}. Never synced.</source>
            <translation>Changes waiting to be sent: {n}. Never synced.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="429" />
            <source>Starting…</source>
            <translation>Starting…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sync.py" line="441" />
            <source>Sync completed at {time}</source>
            <translation>Sync completed at {time}</translation>
        </message>
    </context>
    <context>
        <name>SyncPhase</name>
        <message>
            <location filename="../../ui/sync/texts.py" line="24" />
            <source>Sending changes</source>
            <translation>Sending changes</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="25" />
            <source>Receiving changes</source>
            <translation>Receiving changes</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="26" />
            <source>Uploading files</source>
            <translation>Uploading files</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="27" />
            <source>Downloading files</source>
            <translation>Downloading files</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="28" />
            <source>Refreshing reference data</source>
            <translation>Refreshing reference data</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="29" />
            <source>Finishing</source>
            <translation>Finishing</translation>
        </message>
    </context>
    <context>
        <name>SyncRejectedView</name>
        <message>
            <location filename="../../ui/sync/rejected_view.py" line="31" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../ui/sync/rejected_view.py" line="32" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ui/sync/rejected_view.py" line="33" />
            <source>Why the server refused it</source>
            <translation>Why the server refused it</translation>
        </message>
    </context>
    <context>
        <name>SyncReportView</name>
        <message>
            <location filename="../../ui/sync/report_view.py" line="41" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="42" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../ui/sync/report_view.py" line="43" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsRows</name>
        <message>
            <location filename="../../ui/sync/settings_rows.py" line="46" />
            <source>Automatic sync</source>
            <extracomment>A value changed (save the settings).</extracomment>
            <translation>Automatic sync</translation>
        </message>
        <message>
            <location filename="../../ui/sync/settings_rows.py" line="47" />
            <source>Day-end sync at</source>
            <translation>Day-end sync at</translation>
        </message>
        <message>
            <location filename="../../ui/sync/settings_rows.py" line="48" />
            <source>Sync when the branch server can be reached</source>
            <translation>Sync when the branch server can be reached</translation>
        </message>
    </context>
    <context>
        <name>SyncTexts</name>
        <message>
            <location filename="../../ui/sync/texts.py" line="169" />
            <source>{phase}: {done} of {total} ({size} of {size_total})</source>
            <extracomment>Money columns (wire value: yuan as text), shown and edited in 万元. Contexts a problem template from the server may come from, tried in order.</extracomment>
            <translation>{phase}: {done} of {total} ({size} of {size_total})</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="180" />
            <source>{phase}: {done} so far</source>
            <translation>{phase}: {done} so far</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="183" />
            <source>{phase}…</source>
            <translation>{phase}…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="184" />
            <source>{phase}: {done} of {total}</source>
            <translation>{phase}: {done} of {total}</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="209" />
            <source>{entity}: {name}</source>
            <translation>{entity}: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="212" />
            <source>{entity} {id}</source>
            <translation>{entity} {id}</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="263" />
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="268" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="270" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="279" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="300" />
            <source>Application of {customer}: {status}</source>
            <translation>Application of {customer}: {status}</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="303" />
            <source>Application: {status}</source>
            <translation>Application: {status}</translation>
        </message>
    </context>
    <context>
        <name>Today</name>
        <message>
            <location filename="../../app/visits/today.py" line="32" />
            <source>Documents missing: {missing}; expiring soon: {expiring}</source>
            <extracomment>Inspections due within this many days show on the Today page. English template of an application's row (context ``Today``).</extracomment>
            <translation>Documents missing: {missing}; expiring soon: {expiring}</translation>
        </message>
    </context>
    <context>
        <name>TodayBoard</name>
        <message>
            <location filename="../../ui/visits/today_board.py" line="189" />
            <source>Visits today and overdue</source>
            <extracomment>A summary was read and is shown.</extracomment>
            <translation>Visits today and overdue</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="190" />
            <source>Follow-ups due</source>
            <translation>Follow-ups due</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="191" />
            <source>Inspections due</source>
            <translation>Inspections due</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="192" />
            <source>Open alerts</source>
            <translation>Open alerts</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="193" />
            <source>No visit planned today.</source>
            <translation>No visit planned today.</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="194" />
            <source>No follow-up is due.</source>
            <translation>No follow-up is due.</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="195" />
            <source>No post-loan inspection is due this week.</source>
            <translation>No post-loan inspection is due this week.</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="196" />
            <source>No open alert.</source>
            <translation>No open alert.</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="197" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="197" />
            <location filename="../../ui/visits/today_board.py" line="199" />
            <location filename="../../ui/visits/today_board.py" line="201" />
            <location filename="../../ui/visits/today_board.py" line="203" />
            <location filename="../../ui/visits/today_board.py" line="207" />
            <location filename="../../ui/visits/today_board.py" line="209" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="197" />
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="199" />
            <location filename="../../ui/visits/today_board.py" line="201" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="199" />
            <source>To do</source>
            <translation>To do</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="201" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="203" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="203" />
            <source>Raised</source>
            <translation>Raised</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="203" />
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="205" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="206" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="208" />
            <source>Plan inspection</source>
            <translation>Plan inspection</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="237" />
            <source>{type}: {purpose}</source>
            <translation>{type}: {purpose}</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="249" />
            <source>Planned. {reason}</source>
            <translation>Planned. {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/visits/today_board.py" line="274" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../../ui/pages/today.py" line="231" />
            <source>Today, {date}</source>
            <translation>Today, {date}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="232" />
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="233" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="234" />
            <source>Drafts to finish</source>
            <translation>Drafts to finish</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="235" />
            <source>Unsynced changes</source>
            <translation>Unsynced changes</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../../app/validation.py" line="79" />
            <source>This must be filled in before the customer can be marked complete</source>
            <extracomment>No enterprise registered in the PRC before the PRC was founded. Longest text per field; every other text field allows :data:`MAX_TEXT_LENGTH`. What must be filled in before a customer can be marked complete. The English template of each problem code (context "Validation").</extracomment>
            <translation>This must be filled in before the customer can be marked complete</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="82" />
            <source>Too long: at most {maximum} characters, this has {length}</source>
            <translation>Too long: at most {maximum} characters, this has {length}</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="85" />
            <source>“{value}” is not one of the choices</source>
            <translation>“{value}” is not one of the choices</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="86" />
            <source>A unified social credit code has 18 characters; this one has {length}</source>
            <translation>A unified social credit code has 18 characters; this one has {length}</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="89" />
            <source>These characters never appear in a unified social credit code: {characters}</source>
            <translation>These characters never appear in a unified social credit code: {characters}</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="92" />
            <source>Characters 3 to 8 of the code (the region code) must be digits</source>
            <translation>Characters 3 to 8 of the code (the region code) must be digits</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="95" />
            <source>The check character is wrong: expected {expected}. Please check the code for a typing error</source>
            <translation>The check character is wrong: expected {expected}. Please check the code for a typing error</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="100" />
            <source>A resident ID number has 18 characters; this one has {length}</source>
            <translation>A resident ID number has 18 characters; this one has {length}</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="103" />
            <source>The first 17 characters must be digits and the last a digit or X</source>
            <translation>The first 17 characters must be digits and the last a digit or X</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="106" />
            <source>Characters 7 to 14 ({digits}) are not a real birth date</source>
            <translation>Characters 7 to 14 ({digits}) are not a real birth date</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="109" />
            <source>The birth date in the number ({date}) is in the future</source>
            <translation>The birth date in the number ({date}) is in the future</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="112" />
            <source>The birth date in the number ({date}) is too long ago</source>
            <translation>The birth date in the number ({date}) is too long ago</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="115" />
            <source>The first 6 digits ({region}) are not a known region code</source>
            <translation>The first 6 digits ({region}) are not a known region code</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="118" />
            <source>The last character does not match the other digits. Please check the number for a typing error</source>
            <translation>The last character does not match the other digits. Please check the number for a typing error</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="123" />
            <source>A mobile number has 11 digits; this one has {length}</source>
            <translation>A mobile number has 11 digits; this one has {length}</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="126" />
            <source>Enter an 11-digit mobile number beginning 13 to 19, e.g. 138 0013 8000</source>
            <translation>Enter an 11-digit mobile number beginning 13 to 19, e.g. 138 0013 8000</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="129" />
            <source>Enter a mobile number, or a landline with its area code, e.g. 0571-8888 6666</source>
            <translation>Enter a mobile number, or a landline with its area code, e.g. 0571-8888 6666</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="132" />
            <source>The date {date} is in the future</source>
            <translation>The date {date} is in the future</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="133" />
            <source>The date {date} is too early: it cannot be before {earliest}</source>
            <translation>The date {date} is too early: it cannot be before {earliest}</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="136" />
            <source>This is not an amount</source>
            <translation>This is not an amount</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="137" />
            <source>The amount cannot be negative</source>
            <translation>The amount cannot be negative</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="138" />
            <source>The amount is too large: it must be less than {maximum} CNY</source>
            <translation>The amount is too large: it must be less than {maximum} CNY</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="141" />
            <source>Amounts are kept to the fen (0.01 CNY): there are too many decimal places</source>
            <translation>Amounts are kept to the fen (0.01 CNY): there are too many decimal places</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="144" />
            <source>The number of employees must be between {minimum} and {maximum}</source>
            <translation>The number of employees must be between {minimum} and {maximum}</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="147" />
            <source>Enter an industry code: a section letter A to T, or 2 to 4 digits with or without the letter, e.g. C or C3311</source>
            <translation>Enter an industry code: a section letter A to T, or 2 to 4 digits with or without the letter, e.g. C or C3311</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="152" />
            <source>Enter the contact's name</source>
            <translation>Enter the contact's name</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="153" />
            <source>Enter the contact's phone number</source>
            <translation>Enter the contact's phone number</translation>
        </message>
    </context>
    <context>
        <name>Validity</name>
        <message>
            <location filename="../../app/checklist_rules.py" line="260" />
            <source>No dates to check</source>
            <extracomment>The condition keys and what each takes. Full calendar months since registration; None when unknown. Amount applied for, in yuan; None when not yet known.</extracomment>
            <translation>No dates to check</translation>
        </message>
        <message>
            <location filename="../../app/checklist_rules.py" line="261" />
            <source>Enter the document's date</source>
            <translation>Enter the document's date</translation>
        </message>
        <message>
            <location filename="../../app/checklist_rules.py" line="262" />
            <source>The document's date {issued_on} is after today</source>
            <translation>The document's date {issued_on} is after today</translation>
        </message>
        <message>
            <location filename="../../app/checklist_rules.py" line="263" />
            <source>Dated {issued_on}: usable for {months} months, through {last_day}</source>
            <translation>Dated {issued_on}: usable for {months} months, through {last_day}</translation>
        </message>
        <message>
            <location filename="../../app/checklist_rules.py" line="266" />
            <source>Dated {issued_on}: older than {months} months since {valid_until}</source>
            <translation>Dated {issued_on}: older than {months} months since {valid_until}</translation>
        </message>
        <message>
            <location filename="../../app/checklist_rules.py" line="269" />
            <source>Enter the expiry date</source>
            <translation>Enter the expiry date</translation>
        </message>
        <message>
            <location filename="../../app/checklist_rules.py" line="270" />
            <source>Long-term: no expiry date</source>
            <translation>Long-term: no expiry date</translation>
        </message>
        <message>
            <location filename="../../app/checklist_rules.py" line="271" />
            <source>Valid through {expires_on}</source>
            <translation>Valid through {expires_on}</translation>
        </message>
        <message>
            <location filename="../../app/checklist_rules.py" line="272" />
            <source>Expired: it was valid through {expires_on}</source>
            <translation>Expired: it was valid through {expires_on}</translation>
        </message>
    </context>
    <context>
        <name>Visit</name>
        <message>
            <location filename="../../app/visits/service.py" line="179" />
            <source>Too long: at most {max} characters</source>
            <translation>Too long: at most {max} characters</translation>
        </message>
        <message>
            <location filename="../../app/visits/service.py" line="239" />
            <source>Choose the type of visit</source>
            <translation>Choose the type of visit</translation>
        </message>
        <message>
            <location filename="../../app/visits/service.py" line="247" />
            <source>Enter when the visit is planned</source>
            <translation>Enter when the visit is planned</translation>
        </message>
        <message>
            <location filename="../../app/visits/service.py" line="269" />
            <location filename="../../ui/visits/visit_form.py" line="210" />
            <source>The visit must end after it starts</source>
            <translation>The visit must end after it starts</translation>
        </message>
        <message>
            <location filename="../../app/visits/service.py" line="326" />
            <location filename="../../app/visits/types.py" line="55" />
            <source>This visit is cancelled: plan it again first</source>
            <translation>This visit is cancelled: plan it again first</translation>
        </message>
        <message>
            <location filename="../../app/visits/service.py" line="331" />
            <source>The type of a done visit cannot change</source>
            <translation>The type of a done visit cannot change</translation>
        </message>
        <message>
            <location filename="../../app/visits/service.py" line="347" />
            <source>Only a planned visit can be moved</source>
            <translation>Only a planned visit can be moved</translation>
        </message>
        <message>
            <location filename="../../app/visits/service.py" line="400" />
            <location filename="../../app/visits/types.py" line="54" />
            <source>This visit is done and can no longer change</source>
            <extracomment>Allowed status moves.</extracomment>
            <translation>This visit is done and can no longer change</translation>
        </message>
        <message>
            <location filename="../../app/visits/templates.py" line="112" />
            <source>This visit type has no check {check}</source>
            <extracomment>Longest text answer, in characters.</extracomment>
            <translation>This visit type has no check {check}</translation>
        </message>
        <message>
            <location filename="../../app/visits/templates.py" line="122" />
            <source>{name}: answer yes or no</source>
            <translation>{name}: answer yes or no</translation>
        </message>
        <message>
            <location filename="../../app/visits/templates.py" line="123" />
            <source>{name}: enter text of at most {max} characters</source>
            <translation>{name}: enter text of at most {max} characters</translation>
        </message>
        <message>
            <location filename="../../app/visits/templates.py" line="124" />
            <source>{name}: enter a number</source>
            <translation>{name}: enter a number</translation>
        </message>
        <message>
            <location filename="../../app/visits/types.py" line="58" />
            <source>This visit is still planned</source>
            <translation>This visit is still planned</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <location filename="../../ui/visits/dialog.py" line="246" />
            <source>New visit</source>
            <extracomment>The visit (or the customer) was read and the form can be used. The visit was written (its id); the dialog closes. The photos and files shown changed. Writes sent to the background and not yet answered. The visit could not be read for a passing reason: its draft (if a crash left one) is kept for the next opening, not thrown away on close. What the files panel shows and what its Add and Remove write.</extracomment>
            <translation>New visit</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="249" />
            <source>Log a visit: {customer}</source>
            <translation>Log a visit: {customer}</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="250" />
            <source>Planned visit: {customer}</source>
            <translation>Planned visit: {customer}</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="251" />
            <source>Visit: {customer}</source>
            <translation>Visit: {customer}</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="252" />
            <source>Cancelled visit: {customer}</source>
            <translation>Cancelled visit: {customer}</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_fields.py" line="187" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_fields.py" line="190" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_fields.py" line="191" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_fields.py" line="192" />
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_fields.py" line="193" />
            <source>Took place</source>
            <translation>Took place</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_fields.py" line="194" />
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_fields.py" line="195" />
            <source>Bank attendees</source>
            <translation>Bank attendees</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_fields.py" line="196" />
            <source>Customer attendees</source>
            <translation>Customer attendees</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_fields.py" line="197" />
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_fields.py" line="201" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_fields.py" line="204" />
            <source>Times are Beijing time ({zone})</source>
            <translation>Times are Beijing time ({zone})</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_fields.py" line="209" />
            <location filename="../../ui/visits/visit_fields.py" line="212" />
            <source>Names, separated by commas</source>
            <translation>Names, separated by commas</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_fields.py" line="215" />
            <source>Address or place</source>
            <translation>Address or place</translation>
        </message>
        <message>
            <location filename="../../ui/visits/draft_banner.py" line="60" />
            <source>Restore</source>
            <extracomment>Restore was clicked: the draft offered, to put back into the form.</extracomment>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../ui/visits/draft_banner.py" line="61" />
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="259" />
            <source>Export .ics…</source>
            <translation>Export .ics…</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="260" />
            <source>Cancel visit…</source>
            <translation>Cancel visit…</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="261" />
            <source>Plan again</source>
            <translation>Plan again</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="263" />
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="263" />
            <source>Save plan</source>
            <translation>Save plan</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="265" />
            <source>Mark done</source>
            <translation>Mark done</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="266" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_tabs.py" line="69" />
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_tabs.py" line="72" />
            <source>On-site checks ({count})</source>
            <translation>On-site checks ({count})</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_tabs.py" line="76" />
            <source>On-site checks</source>
            <translation>On-site checks</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_tabs.py" line="80" />
            <source>Risk signals ({count})</source>
            <translation>Risk signals ({count})</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_tabs.py" line="82" />
            <source>Risk signals</source>
            <translation>Risk signals</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_tabs.py" line="86" />
            <source>Follow-ups ({count})</source>
            <translation>Follow-ups ({count})</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_tabs.py" line="88" />
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_tabs.py" line="92" />
            <source>Photos and files ({count})</source>
            <translation>Photos and files ({count})</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_tabs.py" line="96" />
            <source>Photos and files</source>
            <translation>Photos and files</translation>
        </message>
        <message>
            <location filename="../../ui/visits/draft_banner.py" line="67" />
            <source>Unsaved typing from {time} was kept. Restore it?</source>
            <translation>Unsaved typing from {time} was kept. Restore it?</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="336" />
            <source>This visit no longer exists.</source>
            <translation>This visit no longer exists.</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="338" />
            <source>The visit could not be loaded: {error}</source>
            <translation>The visit could not be loaded: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="353" />
            <source>Cancelled: {reason}</source>
            <translation>Cancelled: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/visits/visit_form.py" line="192" />
            <source>Choose the customer</source>
            <translation>Choose the customer</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="483" />
            <source>Say why the visit is cancelled</source>
            <translation>Say why the visit is cancelled</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="486" />
            <location filename="../../ui/visits/dialog.py" line="489" />
            <source>Cancel visit</source>
            <translation>Cancel visit</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="487" />
            <source>Why is this visit cancelled?</source>
            <translation>Why is this visit cancelled?</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="488" />
            <source>e.g. the owner is travelling</source>
            <translation>e.g. the owner is travelling</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="490" />
            <source>Keep it</source>
            <translation>Keep it</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="544" />
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="594" />
            <source>Export to calendar</source>
            <translation>Export to calendar</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="594" />
            <source>Calendar (*.ics)</source>
            <translation>Calendar (*.ics)</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="606" />
            <source>Saved to {path}</source>
            <translation>Saved to {path}</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="610" />
            <source>The calendar file could not be written: {error}</source>
            <translation>The calendar file could not be written: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="634" />
            <source>Close the visit</source>
            <translation>Close the visit</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="635" />
            <source>Throw away what you entered?</source>
            <translation>Throw away what you entered?</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="636" />
            <source>Throw away</source>
            <translation>Throw away</translation>
        </message>
        <message>
            <location filename="../../ui/visits/dialog.py" line="637" />
            <source>Keep editing</source>
            <translation>Keep editing</translation>
        </message>
    </context>
    <context>
        <name>VisitFilesPanel</name>
        <message>
            <location filename="../../ui/visits/files.py" line="77" />
            <source>Add photos or files…</source>
            <extracomment>Files were chosen or dropped (a list of paths).</extracomment>
            <translation>Add photos or files…</translation>
        </message>
        <message>
            <location filename="../../ui/visits/files.py" line="78" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../ui/visits/files.py" line="80" />
            <source>Drop photos (JPEG, PNG, HEIC) or PDFs here. Double-click one to see it large.</source>
            <translation>Drop photos (JPEG, PNG, HEIC) or PDFs here. Double-click one to see it large.</translation>
        </message>
        <message>
            <location filename="../../ui/visits/files.py" line="97" />
            <source>Add photos or files</source>
            <translation>Add photos or files</translation>
        </message>
        <message>
            <location filename="../../ui/visits/files.py" line="99" />
            <source>Photos and PDFs ({patterns});;All files (*)</source>
            <translation>Photos and PDFs ({patterns});;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>VisitStatus</name>
        <message>
            <location filename="../../ui/visits/texts.py" line="29" />
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../ui/visits/texts.py" line="30" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ui/visits/texts.py" line="31" />
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
    </context>
    <context>
        <name>VisitTexts</name>
        <message>
            <location filename="../../ui/visits/texts.py" line="152" />
            <source>It was deleted meanwhile.</source>
            <extracomment>Text and background colours of each severity (critical is the darkest red).</extracomment>
            <translation>It was deleted meanwhile.</translation>
        </message>
        <message>
            <location filename="../../ui/visits/texts.py" line="153" />
            <source>Something went wrong: {error}</source>
            <translation>Something went wrong: {error}</translation>
        </message>
    </context>
    <context>
        <name>VisitsPage</name>
        <message>
            <location filename="../../ui/pages/visits.py" line="190" />
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../ui/pages/visits.py" line="191" />
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <location filename="../../ui/pages/visits.py" line="192" />
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../ui/pages/visits.py" line="193" />
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../ui/pages/visits.py" line="194" />
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../ui/pages/visits.py" line="195" />
            <source>New visit</source>
            <translation>New visit</translation>
        </message>
        <message>
            <location filename="../../ui/pages/visits.py" line="196" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/visits.py" line="197" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ui/pages/visits.py" line="198" />
            <source>Nothing is due.</source>
            <translation>Nothing is due.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/visits.py" line="199" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../ui/pages/visits.py" line="200" />
            <source>Plan inspection</source>
            <translation>Plan inspection</translation>
        </message>
        <message>
            <location filename="../../ui/pages/visits.py" line="212" />
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/visits.py" line="219" />
            <source>{month} {year}</source>
            <translation>{month} {year}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/visits.py" line="307" />
            <source>{time} · {type}</source>
            <translation>{time} · {type}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/visits.py" line="315" />
            <source>Overdue: {visit}</source>
            <translation>Overdue: {visit}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/visits.py" line="320" />
            <source>{date} · post-loan inspection due</source>
            <translation>{date} · post-loan inspection due</translation>
        </message>
        <message>
            <location filename="../../ui/pages/visits.py" line="390" />
            <source>Not moved: {reason}</source>
            <translation>Not moved: {reason}</translation>
        </message>
    </context>
    <context>
        <name>WaiveDialog</name>
        <message>
            <location filename="../../ui/applications/waive.py" line="56" />
            <source>Waive a document</source>
            <translation>Waive a document</translation>
        </message>
        <message>
            <location filename="../../ui/applications/waive.py" line="57" />
            <source>Why is “{name}” not needed?</source>
            <translation>Why is “{name}” not needed?</translation>
        </message>
        <message>
            <location filename="../../ui/applications/waive.py" line="58" />
            <source>e.g. approved by the branch head</source>
            <translation>e.g. approved by the branch head</translation>
        </message>
        <message>
            <location filename="../../ui/applications/waive.py" line="59" />
            <source>Waive</source>
            <translation>Waive</translation>
        </message>
    </context>
    <context>
        <name>YesNo</name>
        <message>
            <location filename="../../ui/visits/checks.py" line="61" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/visits/checks.py" line="62" />
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
</TS>
