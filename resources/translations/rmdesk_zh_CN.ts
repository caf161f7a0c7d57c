<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>CrashReporter</name>
        <message>
            <location filename="../../ui/errors.py" line="56" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="58" />
            <source>Something went wrong. Your saved work is safe.
Please send the log file to support:
{path}</source>
            <translation>程序出现了问题。已保存的工作不会丢失。
请将日志文件发送给技术支持：
{path}</translation>
        </message>
    </context>
    <context>
        <name>CustomerStatus</name>
        <message>
            <location filename="../../ui/customer_model.py" line="34" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="35" />
            <source>Complete</source>
            <translation>已完善</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="36" />
            <source>Active</source>
            <translation>已生效</translation>
        </message>
    </context>
    <context>
        <name>CustomerTableModel</name>
        <message>
            <location filename="../../ui/customer_model.py" line="25" />
            <source>Name</source>
            <translation>企业名称</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="26" />
            <source>USCC</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="27" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="28" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="29" />
            <source>Employees</source>
            <translation>从业人员</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="30" />
            <source>Revenue (10k CNY)</source>
            <translation>营业收入（万元）</translation>
        </message>
        <message>
            <location filename="../../ui/customer_model.py" line="31" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <location filename="../../ui/pages/customers.py" line="77" />
            <source>Search by name or USCC…</source>
            <translation>按企业名称或统一社会信用代码搜索…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="107" />
            <source>Loading…</source>
            <translation>加载中…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/customers.py" line="110" />
            <source>{count} customers</source>
            <translation>共 {count} 家客户</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="152" />
            <location filename="../../ui/selftest.py" line="62" />
            <source>RM Desk</source>
            <translation>客户经理工作台</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="157" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="158" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="159" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="160" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="161" />
            <source>&amp;About RM Desk</source>
            <translation>关于客户经理工作台(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="175" />
            <source>About RM Desk</source>
            <translation>关于客户经理工作台</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="177" />
            <source>RM Desk {version}
Workbench for SME relationship managers.
Profile: {path}</source>
            <translation>客户经理工作台 {version}
面向小微企业客户经理的工作平台。
数据目录：{path}</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../../ui/pages/customers.py" line="73" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/pages/placeholder.py" line="11" />
            <source>Visits</source>
            <translation>走访</translation>
        </message>
        <message>
            <location filename="../../ui/pages/placeholder.py" line="12" />
            <source>Applications</source>
            <translation>贷款申请</translation>
        </message>
        <message>
            <location filename="../../ui/pages/placeholder.py" line="13" />
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="49" />
            <source>Settings</source>
            <extracomment>Language names are written in their own language, so anyone can find theirs.</extracomment>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="58" />
            <source>Today</source>
            <translation>今日</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <location filename="../../ui/pages/placeholder.py" line="38" />
            <source>Coming soon.</source>
            <translation>即将推出。</translation>
        </message>
    </context>
    <context>
        <name>ProfileErrorDialog</name>
        <message>
            <location filename="../../ui/profile_dialog.py" line="14" />
            <source>The profile folder cannot be created or written:
{path}</source>
            <translation>无法创建或写入数据目录：
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="17" />
            <source>The profile database cannot be read:
{path}</source>
            <translation>无法读取数据库文件：
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="20" />
            <source>The profile database is damaged or is not an RM Desk database:
{path}

The file has not been changed. Open another folder, or ask support to recover it.</source>
            <translation>数据库文件已损坏，或不是客户经理工作台的数据库：
{path}

该文件未被改动。请打开其他目录，或联系技术支持恢复。</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="25" />
            <source>This profile was saved by a newer version of RM Desk:
{path}

Please update RM Desk. The file has not been changed.</source>
            <translation>该数据由更高版本的客户经理工作台保存：
{path}

请升级客户经理工作台。该文件未被改动。</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="40" />
            <source>Cannot open profile</source>
            <translation>无法打开数据</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="45" />
            <source>Open another folder…</source>
            <translation>打开其他目录…</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="48" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../ui/profile_dialog.py" line="57" />
            <source>Choose a profile folder</source>
            <translation>选择数据目录</translation>
        </message>
    </context>
    <context>
        <name>RmStatusBar</name>
        <message>
            <location filename="../../ui/status_bar.py" line="59" />
            <source>● Online</source>
            <translation>● 在线</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="59" />
            <source>○ Offline</source>
            <translation>○ 离线</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="60" />
            <source>Unsynced changes: {n}</source>
            <translation>未同步更改：{n}</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/pages/settings.py" line="53" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="54" />
            <source>Language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="54" />
            <source>Profile folder</source>
            <translation>数据目录</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings.py" line="54" />
            <source>Log file</source>
            <translation>日志文件</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../../ui/pages/today.py" line="62" />
            <source>Today, {date}</source>
            <translation>今日 · {date}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="63" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="64" />
            <source>Active</source>
            <translation>已生效</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="65" />
            <source>Drafts to finish</source>
            <translation>待完善草稿</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="66" />
            <source>Unsynced changes</source>
            <translation>未同步更改</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="68" />
            <source>Visits, follow-ups and alerts will appear here in a coming release.</source>
            <translation>走访计划、待办跟进和风险预警将在后续版本中显示在这里。</translation>
        </message>
    </context>
</TS>
