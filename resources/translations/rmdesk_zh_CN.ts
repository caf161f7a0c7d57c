<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Alert</name>
    <message>
        <location filename="../../app/alerts.py" line="100"/>
        <location filename="../../app/alerts.py" line="209"/>
        <source>The note is too long: at most {max} characters</source>
        <extracomment>Longest note a resolution or a tick may add, in characters.</extracomment>
        <translation>说明过长：最多 {max} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/alerts.py" line="204"/>
        <source>Say how the alert was resolved</source>
        <translation>请说明预警是如何解除的</translation>
    </message>
    <message>
        <location filename="../../app/alerts.py" line="219"/>
        <source>This alert is already resolved</source>
        <translation>该预警已解除</translation>
    </message>
</context>
<context>
    <name>AlertHistoryDialog</name>
    <message>
        <location filename="../../ui/visits/alerts.py" line="113"/>
        <source>Alert history</source>
        <translation>预警历史</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="114"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="117"/>
        <source>Raised</source>
        <translation>触发时间</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="118"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="119"/>
        <source>Signal</source>
        <translation>预警信号</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="120"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="121"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="122"/>
        <source>Resolution</source>
        <translation>解除说明</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="147"/>
        <source>Open</source>
        <translation>未解除</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="150"/>
        <source>Resolved</source>
        <translation>已解除</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="151"/>
        <source>{date}: {note}</source>
        <translation>{date}：{note}</translation>
    </message>
</context>
<context>
    <name>AlertsBar</name>
    <message>
        <location filename="../../ui/visits/alerts.py" line="217"/>
        <source>Open alerts ({count})</source>
        <extracomment>The open alerts were (re)read and are shown.</extracomment>
        <translation>未解除预警（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="218"/>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="220"/>
        <source>{count} more: see History</source>
        <translation>另有 {count} 条，请查看历史</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="267"/>
        <source>raised {date}</source>
        <translation>{date} 触发</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="270"/>
        <source>Resolve…</source>
        <translation>解除…</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <location filename="../../app/security/pin.py" line="40"/>
        <source>The PIN may contain only digits</source>
        <translation>PIN 码只能包含数字</translation>
    </message>
    <message>
        <location filename="../../app/security/pin.py" line="41"/>
        <source>The PIN needs at least {min} digits</source>
        <translation>PIN 码至少需要 {min} 位数字</translation>
    </message>
    <message>
        <location filename="../../app/security/pin.py" line="42"/>
        <source>The PIN may have at most {max} digits</source>
        <translation>PIN 码最多 {max} 位数字</translation>
    </message>
    <message>
        <location filename="../../app/security/pin.py" line="43"/>
        <source>This PIN is too easy to guess (repeated or consecutive digits, or a common pattern): choose another</source>
        <translation>此 PIN 码太容易被猜到（重复数字、连续数字或常见组合）：请另选一个</translation>
    </message>
    <message>
        <location filename="../../app/security/pin.py" line="48"/>
        <source>The two PINs differ: type the same PIN twice</source>
        <translation>两次输入的 PIN 码不一致：请输入相同的 PIN 码</translation>
    </message>
    <message>
        <location filename="../../app/security/pin.py" line="49"/>
        <source>The current PIN is wrong</source>
        <translation>当前 PIN 码错误</translation>
    </message>
    <message>
        <location filename="../../app/security/offline_lock.py" line="67"/>
        <source>This profile has not synced for more than {days} days: sign in and sync to unlock it</source>
        <extracomment>Commands that still run while the profile is offline-locked (they bring it back).</extracomment>
        <translation>此档案已超过 {days} 天未同步：请登录并同步后解锁</translation>
    </message>
    <message>
        <location filename="../../app/security/cli_lock.py" line="58"/>
        <source>RM Desk PIN: </source>
        <extracomment>``translate(context, source)``: the source text in the run&apos;s language. Asks for the PIN (a no-echo prompt); raises EOFError when nothing can be typed. Commands that run without the PIN: they print no customer data (ids and counts at most) and scheduled jobs or support rely on them. Keys: :func:`command_key`. (``--self-test`` is no command: it prints only checks, paths and counts.) Of those, the ones that talk to the sync server run without the PIN only while they keep the profile&apos;s account (server, user, CA bundle): signing in elsewhere, or trusting another CA, would let a sync send the profile&apos;s records to someone else.</extracomment>
        <translation>客户经理工作台 PIN 码：</translation>
    </message>
    <message>
        <location filename="../../app/security/cli_lock.py" line="59"/>
        <source>This profile is locked with a PIN: run the command in a terminal to type it, or give it on the first line of standard input with --pin-stdin</source>
        <translation>此档案已设置 PIN 码锁定：请在终端中运行命令并输入 PIN 码，或使用 --pin-stdin 在标准输入的第一行提供 PIN 码</translation>
    </message>
    <message>
        <location filename="../../app/security/cli_lock.py" line="64"/>
        <source>Wrong PIN ({failures} in a row; after {limit} the PIN is disabled and only the sync server password unlocks RM Desk)</source>
        <translation>PIN 码错误（已连续错误 {failures} 次；错误 {limit} 次后 PIN 码将被停用，只能用同步服务器密码解锁客户经理工作台）</translation>
    </message>
    <message>
        <location filename="../../app/security/cli_lock.py" line="69"/>
        <source>Too many wrong PINs: try again in {seconds} s</source>
        <translation>PIN 码错误次数过多：请在 {seconds} 秒后重试</translation>
    </message>
    <message>
        <location filename="../../app/security/cli_lock.py" line="70"/>
        <source>Too many wrong PINs: the PIN is disabled. Only the sync server password unlocks RM Desk now: unlock the RM Desk window with it (or sign in again with rmdesk login); that enables the PIN again</source>
        <translation>PIN 码错误次数过多，PIN 码已停用。现在只能用同步服务器密码解锁客户经理工作台：请在客户经理工作台窗口中用它解锁（或用 rmdesk login 重新登录），之后 PIN 码将重新启用</translation>
    </message>
    <message>
        <location filename="../../app/security/cli_lock.py" line="76"/>
        <source>The app lock could not be read: the PIN is disabled. Only the sync server password unlocks RM Desk now: unlock the RM Desk window with it (or sign in again with rmdesk login), then set a new PIN</source>
        <translation>无法读取应用锁，PIN 码已停用。现在只能用同步服务器密码解锁客户经理工作台：请在客户经理工作台窗口中用它解锁（或用 rmdesk login 重新登录），然后重新设置 PIN 码</translation>
    </message>
    <message>
        <location filename="../../app/security/cli_lock.py" line="82"/>
        <source>The PIN could not be checked (the keyring did not answer): try again</source>
        <translation>无法验证 PIN 码（系统钥匙串没有响应）：请重试</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/applications.py" line="233"/>
        <source>Choose a loan product</source>
        <extracomment>Documents whose validity ends within this many days are &quot;expiring soon&quot;.</extracomment>
        <translation>请选择贷款产品</translation>
    </message>
    <message>
        <location filename="../../app/applications.py" line="238"/>
        <source>Enter the amount</source>
        <translation>请填写申请金额</translation>
    </message>
    <message>
        <location filename="../../app/applications.py" line="245"/>
        <source>For this product the amount must be {min} to {max} 万元</source>
        <translation>该产品的金额须在 {min} 至 {max} 万元之间</translation>
    </message>
    <message>
        <location filename="../../app/applications.py" line="257"/>
        <source>Enter the term in months</source>
        <translation>请填写期限（月）</translation>
    </message>
    <message>
        <location filename="../../app/applications.py" line="265"/>
        <source>For this product the term must be {min} to {max} months</source>
        <translation>该产品的期限须在 {min} 至 {max} 个月之间</translation>
    </message>
    <message>
        <location filename="../../app/applications.py" line="277"/>
        <source>This product does not take this collateral</source>
        <translation>该产品不接受此担保方式</translation>
    </message>
    <message>
        <location filename="../../app/applications.py" line="285"/>
        <source>The purpose is too long: at most 200 characters</source>
        <translation>用途过长：最多 200 个字符</translation>
    </message>
    <message>
        <location filename="../../app/applications.py" line="331"/>
        <source>Only a draft application can be changed</source>
        <translation>只能修改草稿状态的申请</translation>
    </message>
</context>
<context>
    <name>ApplicationDetails</name>
    <message>
        <location filename="../../ui/applications/details.py" line="76"/>
        <source>Open checklist</source>
        <extracomment>Open the checklist window of this application.</extracomment>
        <translation>打开资料清单</translation>
    </message>
    <message>
        <location filename="../../ui/applications/details.py" line="79"/>
        <source>Select an application to see its stage and decision.</source>
        <translation>选择一笔申请，查看其阶段和审批结果。</translation>
    </message>
    <message>
        <location filename="../../ui/applications/details.py" line="85"/>
        <location filename="../../ui/applications/details.py" line="118"/>
        <source>{amount} 万元</source>
        <translation>{amount} 万元</translation>
    </message>
    <message>
        <location filename="../../ui/applications/details.py" line="93"/>
        <source>Missing: {items}</source>
        <translation>缺少：{items}</translation>
    </message>
    <message>
        <location filename="../../ui/applications/details.py" line="98"/>
        <source>Stage: {stage}</source>
        <translation>阶段：{stage}</translation>
    </message>
    <message>
        <location filename="../../ui/applications/details.py" line="101"/>
        <source>since {date} ({days})</source>
        <translation>自{date}起（{days}）</translation>
    </message>
    <message>
        <location filename="../../ui/applications/details.py" line="111"/>
        <source>No decision yet (it arrives with sync).</source>
        <translation>尚无审批结果（同步后送达）。</translation>
    </message>
    <message>
        <location filename="../../ui/applications/details.py" line="120"/>
        <source>{months} months</source>
        <translation>{months}个月</translation>
    </message>
    <message>
        <location filename="../../ui/applications/details.py" line="122"/>
        <source>rate {rate}% a year</source>
        <translation>年利率{rate}%</translation>
    </message>
    <message>
        <location filename="../../ui/applications/details.py" line="124"/>
        <source>Approved terms: {terms}</source>
        <translation>批复条件：{terms}</translation>
    </message>
    <message>
        <location filename="../../ui/applications/details.py" line="128"/>
        <source>Conditions:</source>
        <translation>附加条件：</translation>
    </message>
    <message>
        <location filename="../../ui/applications/details.py" line="131"/>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/applications/details.py" line="136"/>
        <source>Documents requested: {items}</source>
        <translation>需补充资料：{items}</translation>
    </message>
    <message>
        <location filename="../../ui/applications/details.py" line="142"/>
        <source>Decision: {outcome}</source>
        <translation>审批结果：{outcome}</translation>
    </message>
    <message>
        <location filename="../../ui/applications/details.py" line="146"/>
        <source>Decision: {outcome}, by {officer} on {date}</source>
        <translation>审批结果：{outcome}（{officer}，{date}）</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../ui/applications/dialog.py" line="206"/>
        <source>Change…</source>
        <extracomment>Blocking items named in the header; the rest are counted. The application was (re)loaded and is on screen. Changes sent to the background and not yet answered. The message box shown last, the waive and preview dialogs opened last.</extracomment>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="207"/>
        <source>Mark ready to submit</source>
        <translation>标记为可提交</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="208"/>
        <source>Scorecard…</source>
        <translation>信用评分…</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="209"/>
        <source>Print packet…</source>
        <translation>打印申请材料…</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="210"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="213"/>
        <source>Application</source>
        <translation>贷款申请</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="214"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="222"/>
        <source>Application: {customer}, {product}</source>
        <translation>贷款申请：{customer}，{product}</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="231"/>
        <source>{count} months</source>
        <translation>{count} 个月</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="232"/>
        <source>Collateral: {type}</source>
        <translation>担保方式：{type}</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="237"/>
        <source>Purpose: {purpose}</source>
        <translation>用途：{purpose}</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="241"/>
        <source>{percent} of required documents</source>
        <translation>必备资料已收 {percent}</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="253"/>
        <source>All required documents are in</source>
        <translation>必备资料已齐全</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="256"/>
        <source>Still needed ({count}): {items} and {more} more</source>
        <translation>尚缺（{count} 项）：{items} 等，另有 {more} 项</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="259"/>
        <source>Still needed ({count}): {items}</source>
        <translation>尚缺（{count} 项）：{items}</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="284"/>
        <source>This application no longer exists.</source>
        <translation>该申请已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="286"/>
        <source>The application could not be loaded: {error}</source>
        <translation>无法读取该申请：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="321"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="333"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="357"/>
        <source>Attach files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="359"/>
        <source>Scans and PDFs ({patterns});;All files (*)</source>
        <translation>扫描件和 PDF（{patterns}）;;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="373"/>
        <source>File not attached</source>
        <translation>文件未添加</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="377"/>
        <source>Attaching…</source>
        <translation>正在添加…</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="442"/>
        <location filename="../../ui/applications/dialog.py" line="449"/>
        <source>Not ready to submit</source>
        <translation>尚不能提交</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="443"/>
        <source>These required documents are missing or expired:</source>
        <translation>以下必备资料缺失或已过期：</translation>
    </message>
    <message>
        <location filename="../../ui/applications/dialog.py" line="450"/>
        <source>The application&apos;s terms do not fit the product:</source>
        <translation>申请要素不符合产品要求：</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <location filename="../../ui/applications/editor.py" line="209"/>
        <source>New application</source>
        <extracomment>The application to change was loaded into the fields.</extracomment>
        <translation>新建贷款申请</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="209"/>
        <source>Change application</source>
        <translation>修改贷款申请</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="212"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="213"/>
        <source>Loan product</source>
        <translation>贷款产品</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="214"/>
        <source>Amount</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="215"/>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="216"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="217"/>
        <source>Collateral</source>
        <translation>担保方式</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="218"/>
        <source>Collateral details</source>
        <translation>担保物说明</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="222"/>
        <source>10k CNY</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="223"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="224"/>
        <source>Choose a loan product</source>
        <translation>请选择贷款产品</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="225"/>
        <source>e.g. buy raw materials</source>
        <translation>例如 采购原材料</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="227"/>
        <source>e.g. plant at 100 Wensan Road, title no.</source>
        <translation>例如 文三路 100 号厂房，权证号</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="229"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="229"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="230"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="248"/>
        <source>{amount_min} to {amount_max} (10k CNY), {term_min} to {term_max} months</source>
        <translation>{amount_min} 至 {amount_max} 万元，{term_min} 至 {term_max} 个月</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="279"/>
        <source>Choose a customer</source>
        <translation>请选择客户</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="283"/>
        <source>Enter the amount in 10k CNY, e.g. 300</source>
        <translation>请以万元为单位填写金额，例如 300</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="285"/>
        <source>Enter the term in whole months, e.g. 12</source>
        <translation>请以整月填写期限，例如 12</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="325"/>
        <source>The application could not be loaded.</source>
        <translation>无法读取该申请。</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="351"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="375"/>
        <source>Could not save: {error}</source>
        <translation>无法保存：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/applications/editor.py" line="386"/>
        <source>Not saved: some fields are wrong</source>
        <translation>未保存：部分字段有误</translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <location filename="../../ui/applications/texts.py" line="34"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/applications/texts.py" line="35"/>
        <source>Ready to submit</source>
        <translation>可提交</translation>
    </message>
    <message>
        <location filename="../../ui/applications/texts.py" line="36"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <location filename="../../ui/applications/model.py" line="31"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/applications/model.py" line="33"/>
        <source>3-day answer</source>
        <translation>三日答复</translation>
    </message>
    <message>
        <location filename="../../ui/applications/model.py" line="35"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/applications/model.py" line="36"/>
        <source>Amount (10k CNY)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/applications/model.py" line="82"/>
        <source>1 day</source>
        <translation>1天</translation>
    </message>
    <message>
        <location filename="../../ui/applications/model.py" line="83"/>
        <source>{days} days</source>
        <translation>{days}天</translation>
    </message>
    <message>
        <location filename="../../ui/applications/model.py" line="32"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/applications/model.py" line="34"/>
        <source>In stage</source>
        <translation>本阶段已</translation>
    </message>
    <message>
        <location filename="../../ui/applications/model.py" line="40"/>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <location filename="../../ui/applications/model.py" line="41"/>
        <source>RM</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/applications/model.py" line="80"/>
        <source>today</source>
        <extracomment>The SQL order behind each column (None: not sortable). Data role carrying the row&apos;s :class:`ApplicationRow`.</extracomment>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/applications/model.py" line="90"/>
        <source>Overdue: {days} business days</source>
        <translation>已逾期：{days}个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/applications/model.py" line="94"/>
        <source>{days} of {promise} business days</source>
        <translation>第{days}/{promise}个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/applications/model.py" line="100"/>
        <source>Answered in {days} business days</source>
        <translation>{days}个工作日内答复</translation>
    </message>
    <message>
        <location filename="../../ui/applications/model.py" line="206"/>
        <source>No answer yet, more than {promise} business days after submission</source>
        <translation>提交后已超过{promise}个工作日仍未答复</translation>
    </message>
    <message>
        <location filename="../../ui/applications/model.py" line="37"/>
        <source>Complete</source>
        <translation>完整度</translation>
    </message>
    <message>
        <location filename="../../ui/applications/model.py" line="38"/>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../ui/applications/model.py" line="39"/>
        <source>Expiring soon</source>
        <translation>即将过期</translation>
    </message>
</context>
<context>
    <name>ApplicationTexts</name>
    <message>
        <location filename="../../ui/applications/texts.py" line="136"/>
        <source>It was deleted meanwhile.</source>
        <translation>它已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/applications/texts.py" line="137"/>
        <source>Something went wrong: {error}</source>
        <translation>出现问题：{error}</translation>
    </message>
</context>
<context>
    <name>ApplicationsCard</name>
    <message>
        <location filename="../../ui/pages/today.py" line="98"/>
        <source>Applications needing documents</source>
        <extracomment>Missing documents named per application; the rest are counted.</extracomment>
        <translation>待补资料的贷款申请</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="99"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="100"/>
        <source>No application is waiting for documents.</source>
        <translation>没有待补资料的申请。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="101"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="101"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="101"/>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="135"/>
        <source>{count} more</source>
        <translation>另有 {count} 项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="138"/>
        <source>{count} expiring soon</source>
        <translation>{count} 项即将过期</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../ui/pages/applications.py" line="183"/>
        <source>Search customer or product…</source>
        <translation>搜索客户或产品…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="184"/>
        <source>New application</source>
        <translation>新建贷款申请</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="185"/>
        <source>Only overdue</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="187"/>
        <source>Applications waiting more than three business days for an answer</source>
        <translation>提交后超过三个工作日仍在等待答复的申请</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="191"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="198"/>
        <location filename="../../ui/pages/applications.py" line="262"/>
        <source>All segments</source>
        <translation>全部细分市场</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="199"/>
        <location filename="../../ui/pages/applications.py" line="264"/>
        <source>All RMs</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="200"/>
        <source>Double-click an application to see its checklist.</source>
        <translation>双击申请可查看资料清单。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="231"/>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="322"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="325"/>
        <source>{count} applications</source>
        <translation>共 {count} 笔申请</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../ui/onboarding/assessment.py" line="86"/>
        <source>Enterprise size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/assessment.py" line="87"/>
        <source>SME eligibility</source>
        <translation>小企业准入</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/assessment.py" line="88"/>
        <source>Not yet known</source>
        <translation>尚无法判断</translation>
    </message>
</context>
<context>
    <name>AssessmentStatus</name>
    <message>
        <location filename="../../ui/scoring/texts.py" line="52"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="53"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="54"/>
        <source>Superseded</source>
        <translation>已被替代</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <location filename="../../app/attachment_store.py" line="90"/>
        <source>{name} cannot be read: it may have been moved or deleted, or you may not have permission to open it</source>
        <extracomment>Short names of the stored types, the same in every language (for lists and messages). Every type the store keeps. The picture types (everything but PDF). The English template of each problem code (context &quot;Attachment&quot;).</extracomment>
        <translation>无法读取 {name}：文件可能已被移动或删除，或您没有打开它的权限</translation>
    </message>
    <message>
        <location filename="../../app/attachment_store.py" line="95"/>
        <source>{name} is empty</source>
        <translation>{name} 是空文件</translation>
    </message>
    <message>
        <location filename="../../app/attachment_store.py" line="96"/>
        <source>{name} is {size} MB; the limit is {limit} MB</source>
        <translation>{name} 有 {size} MB，上限为 {limit} MB</translation>
    </message>
    <message>
        <location filename="../../app/attachment_store.py" line="97"/>
        <source>{name} is not a PDF or a picture (JPEG, PNG, TIFF, HEIC)</source>
        <translation>{name} 不是 PDF 或图片（JPEG、PNG、TIFF、HEIC）</translation>
    </message>
    <message>
        <location filename="../../app/attachment_store.py" line="100"/>
        <source>{name} is damaged and cannot be opened</source>
        <translation>{name} 已损坏，无法打开</translation>
    </message>
    <message>
        <location filename="../../app/attachment_store.py" line="101"/>
        <source>{name} is protected by a password; save a copy without the password and add that</source>
        <translation>{name} 设有密码保护；请另存一份不带密码的副本再添加</translation>
    </message>
    <message>
        <location filename="../../app/attachment_store.py" line="105"/>
        <source>Wrong type for this item: {type}; accepted: {accepted}</source>
        <translation>此项不接受该类型：{type}；可接受：{accepted}</translation>
    </message>
    <message>
        <location filename="../../app/attachment_store.py" line="108"/>
        <source>{name} could not be saved: check that the disk has free space</source>
        <translation>无法保存 {name}：请检查磁盘剩余空间</translation>
    </message>
</context>
<context>
    <name>BatchCreation</name>
    <message>
        <location filename="../../ui/segments/batch.py" line="55"/>
        <source>Create applications</source>
        <extracomment>The applications were created (the :class:`BatchResult`). Nothing was created: the message for the status line. The last result shown (its message box: :attr:`result_box`).</extracomment>
        <translation>批量创建申请</translation>
    </message>
    <message>
        <location filename="../../ui/segments/batch.py" line="64"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/segments/batch.py" line="72"/>
        <source>Create {count} draft applications for {product} with the segment&apos;s shared terms? Prospects that are not eligible or already have an open application are skipped.</source>
        <translation>按细分市场的统一条件为 {count} 家客户创建{product}申请草稿？不符合准入或已有在办申请的客户将跳过。</translation>
    </message>
    <message>
        <location filename="../../ui/segments/batch.py" line="93"/>
        <source>Creating {count} applications…</source>
        <translation>正在创建 {count} 笔申请…</translation>
    </message>
    <message>
        <location filename="../../ui/segments/batch.py" line="111"/>
        <source>{created} applications created, {skipped} skipped.</source>
        <translation>已创建 {created} 笔申请，跳过 {skipped} 家。</translation>
    </message>
    <message>
        <location filename="../../ui/segments/batch.py" line="120"/>
        <source>Nothing was created: {error}</source>
        <translation>未创建任何申请：{error}</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../ui/onboarding/pages.py" line="224"/>
        <source>Business</source>
        <translation>经营情况</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../app/applications.py" line="639"/>
        <source>The expiry date is before the issue date</source>
        <translation>到期日早于签发日期</translation>
    </message>
    <message>
        <location filename="../../app/applications.py" line="656"/>
        <source>This document is for another checklist item</source>
        <translation>该资料属于另一个清单项</translation>
    </message>
    <message>
        <location filename="../../app/checklist.py" line="68"/>
        <source>This is not possible in the item&apos;s present state</source>
        <extracomment>Allowed moves of the stored state. States that count as collected (unless expired).</extracomment>
        <translation>该项当前的状态不允许此操作</translation>
    </message>
    <message>
        <location filename="../../app/checklist.py" line="71"/>
        <location filename="../../ui/applications/waive.py" line="71"/>
        <source>Give a reason for the waiver</source>
        <translation>请填写免收理由</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../ui/applications/checklist.py" line="52"/>
        <source>Document</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../ui/applications/checklist.py" line="53"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/applications/checklist.py" line="54"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/applications/checklist.py" line="72"/>
        <source>Reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/applications/checklist.py" line="82"/>
        <source>{count} file(s)</source>
        <translation>{count} 个文件</translation>
    </message>
    <message>
        <location filename="../../ui/applications/checklist.py" line="85"/>
        <source>A document is on file</source>
        <translation>已有存档资料</translation>
    </message>
    <message>
        <location filename="../../ui/applications/checklist.py" line="87"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../ui/applications/checklist.py" line="132"/>
        <source>{name} (optional)</source>
        <translation>{name}（可选）</translation>
    </message>
</context>
<context>
    <name>ChecklistState</name>
    <message>
        <location filename="../../ui/applications/texts.py" line="26"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ui/applications/texts.py" line="27"/>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../ui/applications/texts.py" line="28"/>
        <source>Verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <location filename="../../ui/applications/texts.py" line="29"/>
        <source>Waived</source>
        <translation>已免收</translation>
    </message>
    <message>
        <location filename="../../ui/applications/texts.py" line="30"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../ui/applications/checklist.py" line="279"/>
        <source>Only what is missing</source>
        <extracomment>Files were dropped on the row of an item (item id, paths). The item whose details are shown changed (None: a group or nothing). Mark the selected items received. Use every valid document on file. Files dropped on an item&apos;s row (item id, paths).</extracomment>
        <translation>只看缺失项</translation>
    </message>
    <message>
        <location filename="../../ui/applications/checklist.py" line="280"/>
        <source>Show only the required items still missing</source>
        <translation>只显示尚缺的必备资料</translation>
    </message>
    <message>
        <location filename="../../ui/applications/checklist.py" line="281"/>
        <source>Mark received</source>
        <translation>标记为已收</translation>
    </message>
    <message>
        <location filename="../../ui/applications/checklist.py" line="283"/>
        <source>Mark the selected items received (papers seen)</source>
        <translation>将选中的资料标记为已收（已见纸质件）</translation>
    </message>
    <message>
        <location filename="../../ui/applications/checklist.py" line="285"/>
        <source>Use all documents on file</source>
        <translation>使用全部存档资料</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../ui/visits/checks.py" line="126"/>
        <source>Answer what you checked on site; leave the rest empty.</source>
        <translation>填写现场核查过的项目，其余留空。</translation>
    </message>
</context>
<context>
    <name>Collateral</name>
    <message>
        <location filename="../../app/catalogue.py" line="54"/>
        <source>None (unsecured)</source>
        <extracomment>Collateral types, in display order, with English labels (context ``Collateral``).</extracomment>
        <translation>无（信用）</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="55"/>
        <source>Property mortgage</source>
        <translation>房产抵押</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="56"/>
        <source>Equipment mortgage</source>
        <translation>设备抵押</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="57"/>
        <source>Receivables pledge</source>
        <translation>应收账款质押</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="58"/>
        <source>Margin deposit or CD pledge</source>
        <translation>保证金/存单质押</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="59"/>
        <source>Third-party guarantee</source>
        <translation>保证担保</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="66"/>
        <source>Collateral required</source>
        <extracomment>Collateral requirements with English labels (context ``Collateral``).</extracomment>
        <translation>须提供担保</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="67"/>
        <source>Collateral optional</source>
        <translation>担保可选</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="68"/>
        <source>Unsecured</source>
        <translation>信用（无担保）</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="136"/>
        <source>not known</source>
        <extracomment>Resolve these conflicts: (ids, &quot;mine&quot; | &quot;theirs&quot; | &quot;edit&quot;, value). Open a record: (entity, id). The edit dialog shown last.</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="147"/>
        <source>Changed on the server by {user}</source>
        <translation>服务器上由 {user} 修改</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="210"/>
        <source>The value could not be shown: {error}</source>
        <translation>无法显示完整内容：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="282"/>
        <source>These fields were changed on this laptop and on the server. Choose the value to keep; it is sent with the next sync.</source>
        <translation>以下字段在本机和服务器上都被修改过。请选择要保留的值，下次同步时发送。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="286"/>
        <source>Keep mine</source>
        <translation>保留本机</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="287"/>
        <source>Take theirs</source>
        <translation>采用服务器</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="288"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="289"/>
        <source>Open record</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="290"/>
        <source>Show values</source>
        <translation>显示完整值</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="292"/>
        <source>Show the full ID number or phone for {seconds} seconds (recorded)</source>
        <translation>显示完整证件号码或电话 {seconds} 秒（将被记录）</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>Something went wrong. Your saved work is safe.
Please send the log file to support:
{path}</source>
        <translation>程序出现了问题。已保存的工作不会丢失。
请将日志文件发送给技术支持：
{path}</translation>
    </message>
</context>
<context>
    <name>CreditPage</name>
    <message>
        <location filename="../../ui/onboarding/pages.py" line="369"/>
        <source>Credit</source>
        <translation>授信需求</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/pages.py" line="375"/>
        <source>Separate with commas, e.g. 五金集群, 2025批量</source>
        <translation>用逗号分隔，例如 五金集群, 2025批量</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/pages.py" line="378"/>
        <source>e.g. 五金产业集群</source>
        <translation>例如 五金产业集群</translation>
    </message>
</context>
<context>
    <name>CreditType</name>
    <message>
        <location filename="../../ui/onboarding/texts.py" line="38"/>
        <source>New credit</source>
        <translation>新授信</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/texts.py" line="39"/>
        <source>Renewal</source>
        <translation>续授信</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <location filename="../../app/validation.py" line="158"/>
        <source>Enterprise name</source>
        <extracomment>English labels of the CustomerProfile fields (context &quot;CustomerField&quot;).</extracomment>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="159"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="160"/>
        <source>Registration date</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="161"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="162"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="163"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="164"/>
        <source>Address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="165"/>
        <source>Registered in the PRC</source>
        <translation>在中国境内注册</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="166"/>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="167"/>
        <source>Ownership type</source>
        <translation>企业性质</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="168"/>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="169"/>
        <source>Employees</source>
        <translation>从业人员</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="170"/>
        <source>Annual revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="171"/>
        <source>Total assets</source>
        <translation>资产总额</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="172"/>
        <source>Total liabilities</source>
        <translation>负债总额</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="173"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="174"/>
        <source>Legal representative&apos;s resident ID number</source>
        <translation>法定代表人身份证号码</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="177"/>
        <source>Legal representative&apos;s mobile</source>
        <translation>法定代表人手机号码</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="178"/>
        <source>Requested credit exposure</source>
        <translation>申请授信敞口</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="179"/>
        <source>Credit type</source>
        <translation>授信类型</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="180"/>
        <source>Market segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="181"/>
        <source>Batch-development programmes</source>
        <translation>批量开发项目</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="182"/>
        <source>Relationship manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="183"/>
        <source>Onboarding status</source>
        <translation>建档状态</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="184"/>
        <source>Contacts</source>
        <translation>其他联系人</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="185"/>
        <source>Other bank relationships</source>
        <translation>他行业务往来</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="186"/>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="191"/>
        <source>Contact role</source>
        <extracomment>Labels of the fields of child rows, keyed ``list.field``.</extracomment>
        <translation>联系人职务</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="192"/>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="193"/>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="194"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="195"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="196"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../ui/applications/customer_picker.py" line="63"/>
        <source>Search name, USCC or people…</source>
        <extracomment>A customer was chosen (id, name). A search answer was shown.</extracomment>
        <translation>搜索企业名称、信用代码或人员…</translation>
    </message>
    <message>
        <location filename="../../ui/applications/customer_picker.py" line="88"/>
        <source>(unnamed draft)</source>
        <translation>（未命名草稿）</translation>
    </message>
    <message>
        <location filename="../../ui/applications/customer_picker.py" line="101"/>
        <source>First {shown} of {total}; type more to narrow</source>
        <translation>共 {total} 户，显示前 {shown} 户；继续输入可缩小范围</translation>
    </message>
    <message>
        <location filename="../../ui/applications/customer_picker.py" line="106"/>
        <source>No customer matches</source>
        <translation>没有匹配的客户</translation>
    </message>
</context>
<context>
    <name>CustomerProfileDialog</name>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="508"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="510"/>
        <source>(unnamed draft)</source>
        <translation>（未命名草稿）</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="511"/>
        <source>Customer: {name}</source>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="512"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CustomerProfileView</name>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="214"/>
        <source>This customer no longer exists.</source>
        <extracomment>Visits listed on a profile (the latest first). The profile arrived (after each load). The customer&apos;s applications were listed (after each load). The customer&apos;s visits were listed (after each load).</extracomment>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="216"/>
        <source>The customer could not be loaded: {error}</source>
        <translation>无法读取该客户：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="244"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="247"/>
        <source>(unnamed draft)</source>
        <translation>（未命名草稿）</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="249"/>
        <location filename="../../ui/onboarding/profile_view.py" line="464"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="250"/>
        <source>Mark complete</source>
        <translation>标记为资料齐全</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="251"/>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="259"/>
        <source>New application</source>
        <translation>新建贷款申请</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="260"/>
        <source>Scorecard…</source>
        <translation>评分卡…</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="262"/>
        <source>Applications</source>
        <translation>贷款申请</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="265"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="266"/>
        <source>Amount (10k CNY)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="267"/>
        <location filename="../../ui/onboarding/profile_view.py" line="275"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="268"/>
        <source>Complete</source>
        <translation>完整度</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="271"/>
        <source>Log visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="273"/>
        <source>Visits</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="275"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="275"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="275"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="453"/>
        <source>The status could not be changed: {error}</source>
        <translation>无法更改状态：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="458"/>
        <source>Not complete yet</source>
        <translation>资料尚不齐全</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="459"/>
        <source>The customer cannot be marked complete yet.</source>
        <translation>该客户暂不能标记为资料齐全。</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/profile_view.py" line="465"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CustomerStatus</name>
    <message>
        <location filename="../../ui/customer_model.py" line="45"/>
        <source>Draft</source>
        <extracomment>Columns the list cannot sort by (computed per row, not stored).</extracomment>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="46"/>
        <source>Complete</source>
        <translation>已完善</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="47"/>
        <source>Active</source>
        <translation>已生效</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/customer_model.py" line="29"/>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="30"/>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="31"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="32"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="33"/>
        <source>Employees</source>
        <translation>从业人员</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="34"/>
        <source>Revenue (10k CNY)</source>
        <translation>营业收入（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="35"/>
        <source>Size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="36"/>
        <source>SME eligible</source>
        <translation>小企业准入</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="40"/>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="39"/>
        <source>RM</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="198"/>
        <source>{count} open early-warning alerts</source>
        <translation>{count} 条未解除的风险预警</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="221"/>
        <source>(unnamed draft)</source>
        <translation>（未命名草稿）</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/pages/customers.py" line="175"/>
        <source>Search name, USCC or people…</source>
        <translation>搜索企业名称、信用代码或人员…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="176"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="177"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="178"/>
        <location filename="../../ui/pages/customers.py" line="309"/>
        <source>Log visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="179"/>
        <source>Log a visit to the selected customer</source>
        <translation>为所选客户记录一次拜访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="180"/>
        <source>With open alerts</source>
        <translation>有未解除预警</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="181"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="181"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="181"/>
        <source>Eligibility</source>
        <translation>准入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="181"/>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="195"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="217"/>
        <source>All RMs</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="308"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="338"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="342"/>
        <source>More than {count} customers</source>
        <translation>超过 {count} 户客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="344"/>
        <source>{count} customers</source>
        <translation>共 {count} 家客户</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="123"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="124"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="125"/>
        <source>Save every chart as a table in an Excel workbook</source>
        <translation>将每张图表另存为 Excel 工作簿中的表格</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="126"/>
        <source>Show the figures of one RM or of the whole branch</source>
        <translation>查看某位客户经理或全支行的数据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="171"/>
        <source>Could not compute the figures: {error}</source>
        <translation>无法计算数据：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="194"/>
        <source>All RMs</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="239"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="242"/>
        <source>Updated {time}</source>
        <translation>更新于 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="252"/>
        <source>dashboard-{rm}-{date}.xlsx</source>
        <translation>经营看板-{rm}-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="253"/>
        <source>dashboard-{date}.xlsx</source>
        <translation>经营看板-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="261"/>
        <source>Export the dashboard</source>
        <translation>导出经营看板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="263"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="279"/>
        <source>Could not save {path}: {error}</source>
        <translation>无法保存 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="282"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>DashboardTables</name>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="55"/>
        <source>Industry not known</source>
        <extracomment>Translate in the context ``DashboardTables`` (a literal for pyside6-lupdate). Columns (0-based) holding amounts in 万元.</extracomment>
        <translation>行业未知</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="61"/>
        <source>Size not known</source>
        <translation>规模未知</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="66"/>
        <source>No segment</source>
        <translation>无细分市场</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="79"/>
        <source>Pipeline</source>
        <translation>申请进度</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="81"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="82"/>
        <source>Applications</source>
        <translation>申请笔数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="83"/>
        <source>Amount (10k CNY)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="102"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="103"/>
        <source>Active loans</source>
        <translation>在贷笔数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="104"/>
        <source>Loan amount (10k CNY)</source>
        <translation>贷款金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="115"/>
        <source>By enterprise size</source>
        <translation>按企业规模</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="116"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="126"/>
        <source>By industry</source>
        <translation>按行业</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="127"/>
        <source>Industry section</source>
        <translation>行业门类</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="137"/>
        <source>By segment</source>
        <translation>按细分市场</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="138"/>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="152"/>
        <source>Visits this week: still planned</source>
        <translation>本周拜访：计划中</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="153"/>
        <source>Visits this week: done</source>
        <translation>本周拜访：已完成</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="154"/>
        <source>Inspections due within 7 days</source>
        <translation>7 天内到期的贷后检查</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="155"/>
        <source>Inspections overdue</source>
        <translation>逾期的贷后检查</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="156"/>
        <source>Open alerts</source>
        <translation>未解除预警</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="160"/>
        <source>Open alerts: {severity}</source>
        <translation>未解除预警：{severity}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="169"/>
        <source>Applications not yet submitted</source>
        <translation>尚未提交的申请</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="173"/>
        <source>Of which with every document</source>
        <translation>其中资料齐全</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="177"/>
        <source>Average completeness (%)</source>
        <translation>平均完整度（%）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="181"/>
        <source>Answers overdue (over 3 business days)</source>
        <translation>答复逾期（超过 3 个工作日）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="187"/>
        <source>Activity</source>
        <translation>工作量</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="188"/>
        <location filename="../../ui/dashboard/tables.py" line="216"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="188"/>
        <location filename="../../ui/dashboard/tables.py" line="216"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="197"/>
        <source>Customers onboarded</source>
        <translation>新建档客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="198"/>
        <source>Visits done</source>
        <translation>完成拜访</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="199"/>
        <source>Applications submitted</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="200"/>
        <source>Answers received</source>
        <translation>收到答复</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="201"/>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="202"/>
        <source>Declined</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="203"/>
        <source>More documents requested</source>
        <translation>要求补充资料</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="204"/>
        <source>Approval rate (%)</source>
        <translation>批准率（%）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="206"/>
        <source>Median business days to decision</source>
        <translation>审批用时中位数（工作日）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="210"/>
        <source>Month {month}</source>
        <translation>{month} 月</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/dashboard/view.py" line="95"/>
        <source>Visits this week</source>
        <extracomment>Funnel colours by stage: open (greys, blue), waiting (amber), answers, disbursed.</extracomment>
        <translation>本周拜访</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="96"/>
        <source>Inspections due (7 days)</source>
        <translation>到期贷后检查（7 天）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="97"/>
        <source>Open alerts</source>
        <translation>未解除预警</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="98"/>
        <source>Documents complete</source>
        <translation>资料齐全</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="99"/>
        <source>Answers overdue</source>
        <translation>答复逾期</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="100"/>
        <source>Customers onboarded</source>
        <translation>新建档客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="101"/>
        <source>Visits done</source>
        <translation>完成拜访</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="102"/>
        <source>Applications submitted</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="103"/>
        <source>Approval rate</source>
        <translation>批准率</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="104"/>
        <source>Median time to decision</source>
        <translation>审批用时中位数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="109"/>
        <source>Pipeline by stage (amounts in 10k CNY)</source>
        <translation>各阶段申请（金额单位：万元）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="110"/>
        <source>Customers by enterprise size</source>
        <translation>客户企业规模分布</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="111"/>
        <source>Customers by segment (active loans in 10k CNY)</source>
        <translation>客户细分市场分布（在贷金额：万元）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="113"/>
        <source>Customers by industry section, GB/T 4754 (active loans in 10k CNY)</source>
        <translation>客户行业门类分布，GB/T 4754（在贷金额：万元）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="118"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="138"/>
        <source>{done} done · {planned} planned</source>
        <translation>已完成 {done} · 计划 {planned}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="145"/>
        <source>{count} overdue</source>
        <translation>逾期 {count}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="152"/>
        <source>none open</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="158"/>
        <source>{complete} of {count}</source>
        <translation>{count} 笔中 {complete} 笔</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="163"/>
        <source>of applications not yet submitted; average {percent}%</source>
        <translation>（尚未提交的申请）；平均 {percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="169"/>
        <source>over 3 business days</source>
        <translation>超过 3 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="174"/>
        <source>Nothing yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="181"/>
        <source>{count} · {amount}</source>
        <translation>{count} · {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="196"/>
        <source>{count}
customers</source>
        <translation>{count}
户客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="213"/>
        <source>{count} ({percent}%)</source>
        <translation>{count}（{percent}%）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="218"/>
        <source>{customers} · loans {amount}</source>
        <translation>{customers} · 贷款 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="225"/>
        <source>This month ({month})</source>
        <translation>本月（{month}）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="234"/>
        <source>{approved} approved, {declined} declined</source>
        <translation>批准 {approved}，拒绝 {declined}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="241"/>
        <source>business days, {count} answers</source>
        <translation>个工作日，共 {count} 笔答复</translation>
    </message>
</context>
<context>
    <name>DecisionBanner</name>
    <message>
        <location filename="../../ui/sync/banner.py" line="72"/>
        <source>Close</source>
        <extracomment>Decisions named in the banner; the rest are counted. The RM clicked a decision: (entity &quot;applications&quot;, application id).</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/sync/banner.py" line="81"/>
        <source>New credit decisions</source>
        <translation>新的授信审批结果</translation>
    </message>
    <message>
        <location filename="../../ui/sync/banner.py" line="84"/>
        <source>and {n} more on the Sync page</source>
        <translation>另有 {n} 条，见同步页面</translation>
    </message>
</context>
<context>
    <name>EditValueDialog</name>
    <message>
        <location filename="../../ui/sync/edit_value.py" line="96"/>
        <source>Edit {field}</source>
        <translation>编辑{field}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/edit_value.py" line="97"/>
        <source>This laptop</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/sync/edit_value.py" line="98"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ui/sync/edit_value.py" line="99"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../ui/sync/edit_value.py" line="104"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/edit_value.py" line="104"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/sync/edit_value.py" line="104"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/sync/edit_value.py" line="141"/>
        <source>Enter an amount in 10k CNY, e.g. 1,234.50</source>
        <translation>请输入以万元为单位的金额，例如 1,234.50</translation>
    </message>
    <message>
        <location filename="../../ui/sync/edit_value.py" line="143"/>
        <source>Enter a whole number, e.g. 85</source>
        <translation>请输入整数，例如 85</translation>
    </message>
    <message>
        <location filename="../../ui/sync/edit_value.py" line="145"/>
        <source>Enter a date as YYYY-MM-DD, e.g. 2025-06-30</source>
        <translation>请按 YYYY-MM-DD 输入日期，例如 2025-06-30</translation>
    </message>
    <message>
        <location filename="../../ui/sync/edit_value.py" line="146"/>
        <source>This value cannot be used</source>
        <translation>此值无法使用</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <location filename="../../app/eligibility.py" line="51"/>
        <source>Registered in the PRC</source>
        <translation>在中国境内注册</translation>
    </message>
    <message>
        <location filename="../../app/eligibility.py" line="52"/>
        <source>Not registered in the PRC: SME business requires PRC registration</source>
        <translation>未在中国境内注册：小企业业务要求在境内注册</translation>
    </message>
    <message>
        <location filename="../../app/eligibility.py" line="59"/>
        <source>Total assets {assets} 万元 are below {limit} 万元 for new credit</source>
        <extracomment>Reasons by (check, credit type, status); {assets}/{exposure} and {limit} in 万元.</extracomment>
        <translation>资产总额 {assets} 万元，低于新授信上限 {limit} 万元</translation>
    </message>
    <message>
        <location filename="../../app/eligibility.py" line="62"/>
        <source>Total assets {assets} 万元 must be below {limit} 万元 for new credit</source>
        <translation>资产总额 {assets} 万元：新授信须低于 {limit} 万元</translation>
    </message>
    <message>
        <location filename="../../app/eligibility.py" line="65"/>
        <source>Total assets are missing: new credit needs them below {limit} 万元</source>
        <translation>缺少资产总额：新授信须低于 {limit} 万元</translation>
    </message>
    <message>
        <location filename="../../app/eligibility.py" line="68"/>
        <source>Total assets {assets} 万元 are below {limit} 万元 for renewal</source>
        <translation>资产总额 {assets} 万元，低于续授信上限 {limit} 万元</translation>
    </message>
    <message>
        <location filename="../../app/eligibility.py" line="71"/>
        <source>Total assets {assets} 万元 must be below {limit} 万元 for renewal</source>
        <translation>资产总额 {assets} 万元：续授信须低于 {limit} 万元</translation>
    </message>
    <message>
        <location filename="../../app/eligibility.py" line="74"/>
        <source>Total assets are missing: renewal needs them below {limit} 万元</source>
        <translation>缺少资产总额：续授信须低于 {limit} 万元</translation>
    </message>
    <message>
        <location filename="../../app/eligibility.py" line="77"/>
        <source>Credit exposure {exposure} 万元 is below {limit} 万元 for new credit</source>
        <translation>授信敞口 {exposure} 万元，低于新授信上限 {limit} 万元</translation>
    </message>
    <message>
        <location filename="../../app/eligibility.py" line="80"/>
        <source>Credit exposure {exposure} 万元 must be below {limit} 万元 for new credit</source>
        <translation>授信敞口 {exposure} 万元：新授信须低于 {limit} 万元</translation>
    </message>
    <message>
        <location filename="../../app/eligibility.py" line="83"/>
        <source>Requested exposure is missing: new credit needs it below {limit} 万元</source>
        <translation>缺少申请授信敞口：新授信须低于 {limit} 万元</translation>
    </message>
    <message>
        <location filename="../../app/eligibility.py" line="86"/>
        <source>Credit exposure {exposure} 万元 is below {limit} 万元 for renewal</source>
        <translation>授信敞口 {exposure} 万元，低于续授信上限 {limit} 万元</translation>
    </message>
    <message>
        <location filename="../../app/eligibility.py" line="89"/>
        <source>Credit exposure {exposure} 万元 must be below {limit} 万元 for renewal</source>
        <translation>授信敞口 {exposure} 万元：续授信须低于 {limit} 万元</translation>
    </message>
    <message>
        <location filename="../../app/eligibility.py" line="92"/>
        <source>Requested exposure is missing: renewal needs it below {limit} 万元</source>
        <translation>缺少申请授信敞口：续授信须低于 {limit} 万元</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="56"/>
        <source>Eligible</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="57"/>
        <source>Not eligible</source>
        <translation>不符合</translation>
    </message>
</context>
<context>
    <name>EnterpriseSize</name>
    <message>
        <location filename="../../ui/customer_model.py" line="50"/>
        <source>Large</source>
        <translation>大型</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="51"/>
        <source>Medium</source>
        <translation>中型</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="52"/>
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="53"/>
        <source>Micro</source>
        <translation>微型</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../app/follow_ups.py" line="83"/>
        <location filename="../../ui/visits/follow_up_rows.py" line="166"/>
        <source>Say what is to be done</source>
        <translation>请填写要做的事项</translation>
    </message>
    <message>
        <location filename="../../app/follow_ups.py" line="88"/>
        <source>Too long: the title takes {title} characters, the note {note}</source>
        <translation>过长：标题 {title} 个字符，备注 {note} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/follow_ups.py" line="192"/>
        <source>This follow-up is closed and can no longer change</source>
        <translation>该跟进事项已关闭，不能再修改</translation>
    </message>
</context>
<context>
    <name>FollowUpRows</name>
    <message>
        <location filename="../../ui/visits/follow_up_rows.py" line="115"/>
        <source>What was agreed, and by when. Created when the visit is saved.</source>
        <translation>约定的事项及完成期限。保存拜访时创建。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/follow_up_rows.py" line="117"/>
        <source>Add follow-up</source>
        <translation>添加跟进事项</translation>
    </message>
    <message>
        <location filename="../../ui/visits/follow_up_rows.py" line="119"/>
        <source>e.g. send the 2025 financial statements</source>
        <translation>例如：提供 2025 年财务报表</translation>
    </message>
    <message>
        <location filename="../../ui/visits/follow_up_rows.py" line="120"/>
        <source>Remove this follow-up</source>
        <translation>删除此跟进事项</translation>
    </message>
    <message>
        <location filename="../../ui/visits/follow_up_rows.py" line="179"/>
        <source>{due}  {title} ({status})</source>
        <translation>{due}  {title}（{status}）</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <location filename="../../ui/visits/follow_up_rows.py" line="31"/>
        <source>Open</source>
        <extracomment>A new follow-up is due this many days after the visit, unless changed.</extracomment>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../ui/visits/follow_up_rows.py" line="32"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/visits/follow_up_rows.py" line="33"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../ui/scoring/history.py" line="47"/>
        <source>Date</source>
        <extracomment>The RM chose an assessment to look at.</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/history.py" line="47"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/history.py" line="47"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/history.py" line="47"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../ui/onboarding/pages.py" line="124"/>
        <source>Enterprise</source>
        <extracomment>The RM wants to open the customer that already has this credit code.</extracomment>
        <translation>企业信息</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/pages.py" line="128"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/pages.py" line="129"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/pages.py" line="130"/>
        <source>Open existing customer</source>
        <translation>打开已有客户</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/pages.py" line="131"/>
        <source>* needed before the customer can be marked complete</source>
        <translation>* 标记为资料齐全前必须填写</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/pages.py" line="138"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/pages.py" line="179"/>
        <source>(unnamed draft)</source>
        <translation>（未命名草稿）</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/pages.py" line="181"/>
        <source>This credit code is already used by {name} ({status}).</source>
        <translation>该信用代码已属于 {name}（{status}）。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../app/importing.py" line="191"/>
        <source>There is no file {path}</source>
        <extracomment>The documented import template (Chinese headers and two example rows). File types :func:`read_table` reads. Fields every imported row must fill in. Rows scanned for the header row (a title row above it is skipped). Importable fields in template order; headers match case-, space- and width-insensitively. English templates of import problems (context &quot;Import&quot;).</extracomment>
        <translation>文件不存在：{path}</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="192"/>
        <source>RM Desk imports .xlsx and .csv files, not “{suffix}”: save the list as one</source>
        <translation>RM Desk 只能导入 .xlsx 和 .csv 文件，不能导入“{suffix}”：请先另存为其中一种格式</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="195"/>
        <source>The file cannot be read: {detail}</source>
        <translation>无法读取文件：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="196"/>
        <source>The file is neither UTF-8 nor GB18030 text: save it as “CSV UTF-8”</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 文本：请另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="199"/>
        <source>The file has no header row</source>
        <translation>文件没有表头行</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="200"/>
        <source>No column is imported as: {fields}</source>
        <translation>没有列被导入为：{fields}</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="201"/>
        <source>Several columns are imported as: {fields}</source>
        <translation>多列被导入为同一字段：{fields}</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="202"/>
        <source>This must be filled in to import the row</source>
        <translation>必须填写，否则该行无法导入</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="203"/>
        <source>“{value}” is not a GB/T 4754-2017 industry code</source>
        <translation>“{value}”不是 GB/T 4754-2017 行业代码</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="206"/>
        <source>“{value}” is not a whole number</source>
        <translation>“{value}”不是整数</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="207"/>
        <source>“{value}” is not an amount in 万元</source>
        <translation>“{value}”不是以万元为单位的金额</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="208"/>
        <source>“{value}” is not a date: write it like 2015-06-30</source>
        <translation>“{value}”不是日期：请按 2015-06-30 的格式填写</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="211"/>
        <source>“{value}” is not a credit type: write 新授信 or 续授信</source>
        <translation>“{value}”不是授信类型：请填写 新授信 或 续授信</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="214"/>
        <source>The code was stored as a number and has lost digits: format the column as text and type the code again</source>
        <translation>该代码被存成了数字，已丢失位数：请将该列设为文本格式后重新输入</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="219"/>
        <source>Already in the profile as {name}</source>
        <translation>已存在客户：{name}</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="220"/>
        <source>Same USCC as row {row}</source>
        <translation>与第 {row} 行的统一社会信用代码重复</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="214"/>
        <source>Import customers</source>
        <extracomment>Data rows shown in the preview.</extracomment>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="217"/>
        <source>Import a segment&apos;s prospect list (.xlsx or .csv) as draft customers. Check what each column is imported as; amounts are in 万元. Enterprise name and unified social credit code are required.</source>
        <translation>将细分市场的目标客户名单（.xlsx 或 .csv）导入为草稿客户。请核对每一列导入为哪个字段；金额单位为万元。企业名称和统一社会信用代码为必填。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="222"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="223"/>
        <source>Choose an .xlsx or .csv file</source>
        <translation>选择 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="224"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="225"/>
        <source>Save template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="226"/>
        <source>Market segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="228"/>
        <source>For rows without a segment, e.g. 五金产业集群</source>
        <translation>用于未填写细分市场的行，如 五金产业集群</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="230"/>
        <source>Programme tag</source>
        <translation>批量开发项目标签</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="231"/>
        <source>Optional: tags every imported customer</source>
        <translation>可选：为每个导入的客户加上此标签</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="232"/>
        <source>Preview: what each column is imported as</source>
        <translation>预览：每一列导入为</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="233"/>
        <source>When some rows have problems</source>
        <translation>部分行有问题时</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="234"/>
        <source>All or nothing: import only if every row is valid</source>
        <translation>全部或不导入：所有行都有效时才导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="236"/>
        <source>Valid rows only: import the valid rows, report the others</source>
        <translation>仅导入有效行：导入有效行，其余行列入问题清单</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="238"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="239"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="240"/>
        <source>Save error report…</source>
        <translation>保存问题清单…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="241"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="243"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="243"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="243"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="243"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="260"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="264"/>
        <source>{field} (万元)</source>
        <translation>{field}（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="272"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="283"/>
        <source>Choose the prospect list</source>
        <translation>选择客户名单</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="285"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="299"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="317"/>
        <source>Column {n}</source>
        <translation>第 {n} 列</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="335"/>
        <source>{rows} rows read. Check the columns, then press Check.</source>
        <translation>已读取 {rows} 行。请核对各列，然后点击“检查”。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="363"/>
        <source>Columns changed: press Check again.</source>
        <translation>列已更改：请重新点击“检查”。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="380"/>
        <source>Choose a column for: {fields}</source>
        <translation>请为以下字段选择列：{fields}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="381"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="387"/>
        <source>Checking {rows} rows…</source>
        <translation>正在检查 {rows} 行…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="420"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="444"/>
        <source>Something went wrong: {error}</source>
        <translation>出错了：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="460"/>
        <source>{name} - problems</source>
        <translation>{name} - 问题清单</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="464"/>
        <source>Save error report</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="466"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="477"/>
        <source>Error report saved: {path}</source>
        <translation>问题清单已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="485"/>
        <source>Save import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="486"/>
        <source>customer import template</source>
        <translation>客户导入模板</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="487"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="497"/>
        <source>Template saved: {path}</source>
        <translation>模板已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="512"/>
        <source>Could not save: {error}</source>
        <translation>无法保存：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="561"/>
        <source>Imported {n} customers as drafts.</source>
        <translation>已导入 {n} 个草稿客户。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="564"/>
        <source>{n} rows were not imported: see below.</source>
        <translation>{n} 行未导入：见下方清单。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="568"/>
        <source>{rows} rows: {valid} can be imported, {bad} have problems.</source>
        <translation>共 {rows} 行：{valid} 行可导入，{bad} 行有问题。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="573"/>
        <source>All or nothing: correct the file and check again, or choose “valid rows only”.</source>
        <translation>当前为“全部或不导入”：请修改文件后重新检查，或选择“仅导入有效行”。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../app/importing.py" line="225"/>
        <source>Row</source>
        <extracomment>Headers of the error report (context &quot;ImportReport&quot;).</extracomment>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="226"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="227"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="228"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="229"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="232"/>
        <source>Problems</source>
        <extracomment>Title of the report&apos;s sheet (context &quot;ImportReport&quot;).</extracomment>
        <translation>问题清单</translation>
    </message>
</context>
<context>
    <name>IndustryPicker</name>
    <message>
        <location filename="../../ui/onboarding/widgets.py" line="314"/>
        <source>Code or name, e.g. C34 or 机械</source>
        <translation>代码或名称，例如 C34 或 机械</translation>
    </message>
</context>
<context>
    <name>InputForm</name>
    <message>
        <location filename="../../ui/scoring/form.py" line="171"/>
        <source>— choose —</source>
        <extracomment>The value derived from the customer profile (None: the profile lacks it). An entry was changed by the RM.</extracomment>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="188"/>
        <source>From the customer profile</source>
        <translation>取自客户档案</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/form.py" line="190"/>
        <source>Not in the customer profile: enter it here</source>
        <translation>客户档案中没有：请在此填写</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <location filename="../../app/inspections.py" line="40"/>
        <source>First post-loan inspection within {days} days of disbursement on {from_on}</source>
        <extracomment>The English template of each reason (context ``Inspection``); params ``days``, ``from_on``.</extracomment>
        <translation>首次贷后检查：{from_on} 放款后 {days} 天内</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="43"/>
        <source>Post-loan inspection every {days} days, counted from {from_on}</source>
        <translation>贷后检查每 {days} 天一次，自 {from_on} 起算</translation>
    </message>
    <message>
        <location filename="../../app/inspections.py" line="46"/>
        <source>Inspection every {days} days while a serious risk alert is open, counted from {from_on}</source>
        <translation>存在严重风险预警期间每 {days} 天检查一次，自 {from_on} 起算</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="167"/>
        <source>Attach files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="168"/>
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="169"/>
        <source>The original was checked</source>
        <translation>已核对原件</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="170"/>
        <source>Waive…</source>
        <translation>免收…</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="171"/>
        <source>Reset to missing</source>
        <translation>重设为缺失</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="172"/>
        <source>Use document on file</source>
        <translation>使用存档资料</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="173"/>
        <source>Use the document received for another application</source>
        <translation>使用为其他申请收取的资料</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="174"/>
        <source>Document date</source>
        <translation>资料日期</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="175"/>
        <source>Expiry date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="176"/>
        <source>Save dates</source>
        <translation>保存日期</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="177"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="178"/>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="179"/>
        <source>Drop scans or PDFs here to attach them</source>
        <translation>将扫描件或 PDF 拖放到此处添加</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="190"/>
        <source>Choose a document in the list</source>
        <translation>请在列表中选择一项资料</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="206"/>
        <source>Optional for this application</source>
        <translation>本申请可选</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="208"/>
        <source>Waived: {reason}</source>
        <translation>已免收：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="212"/>
        <source>A document is on file from another application</source>
        <translation>已有其他申请的存档资料</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="304"/>
        <source>Dated {date}, {count} file(s)</source>
        <translation>日期 {date}，{count} 个文件</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="308"/>
        <source>Valid through {date}, {count} file(s)</source>
        <translation>有效期至 {date}，{count} 个文件</translation>
    </message>
    <message>
        <location filename="../../ui/applications/item_panel.py" line="311"/>
        <source>{count} file(s)</source>
        <translation>{count} 个文件</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../ui/lock/controller.py" line="161"/>
        <source>&amp;Lock now</source>
        <extracomment>How often the idle time, the offline lock and an erased profile are checked (ms). The offline lock is re-read from the database every this many checks. The sync&apos;s token store and HTTP transport (the server-password check signs in with the same ones); given by :meth:`attach`. The Sync page whose syncs the lock follows (its signals connected once). True while an unlock check runs in the background (no second one meanwhile).</extracomment>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/lock/controller.py" line="245"/>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <location filename="../../ui/lock/controller.py" line="247"/>
        <source>Set a PIN in Settings (or sign in to the sync server) first: otherwise nothing could unlock RM Desk.</source>
        <translation>请先在“设置”中设置 PIN 码（或登录同步服务器），否则锁定后将无法解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/lock/controller.py" line="286"/>
        <source>Type your PIN and press Enter.</source>
        <translation>请输入 PIN 码并按回车键。</translation>
    </message>
    <message>
        <location filename="../../ui/lock/controller.py" line="288"/>
        <source>Type the password you sign in to the sync server with.</source>
        <translation>请输入登录同步服务器所用的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/lock/controller.py" line="367"/>
        <source>The PIN could not be checked: try again.</source>
        <translation>无法验证 PIN 码：请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/lock/controller.py" line="386"/>
        <source>Too many wrong PINs: unlock with your server password.</source>
        <translation>PIN 码错误次数过多：请使用服务器密码解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/lock/controller.py" line="396"/>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <location filename="../../ui/lock/controller.py" line="401"/>
        <source>Wrong PIN.</source>
        <translation>PIN 码错误。</translation>
    </message>
    <message>
        <location filename="../../ui/lock/controller.py" line="406"/>
        <source>Wrong password (checked on this laptop: the sync server cannot be reached).</source>
        <translation>密码错误（无法连接同步服务器，已在本机核对）。</translation>
    </message>
    <message>
        <location filename="../../ui/lock/controller.py" line="411"/>
        <source>This profile has never signed in to the sync server: use your PIN.</source>
        <translation>此档案从未登录同步服务器：请使用 PIN 码解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/lock/controller.py" line="427"/>
        <source>Too many wrong PINs: try again in {seconds} s.</source>
        <translation>PIN 码错误次数过多：请在 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/lock/controller.py" line="466"/>
        <source>Too many failed sign-ins: try again in {seconds} s.</source>
        <translation>登录失败次数过多：请在 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/lock/controller.py" line="369"/>
        <location filename="../../ui/lock/controller.py" line="478"/>
        <source>The password could not be checked: try again.</source>
        <translation>无法验证密码：请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/lock/controller.py" line="498"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/lock/controller.py" line="533"/>
        <source>RM Desk</source>
        <translation>客户经理工作台</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock/screen.py" line="187"/>
        <source>RM Desk must sync</source>
        <translation>客户经理工作台需要同步</translation>
    </message>
    <message>
        <location filename="../../ui/lock/screen.py" line="189"/>
        <source>RM Desk is locked</source>
        <translation>客户经理工作台已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/lock/screen.py" line="190"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/lock/screen.py" line="191"/>
        <source>Server password</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <location filename="../../ui/lock/screen.py" line="192"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../ui/lock/screen.py" line="192"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/lock/screen.py" line="193"/>
        <source>Use the server password instead</source>
        <translation>改用服务器密码解锁</translation>
    </message>
    <message>
        <location filename="../../ui/lock/screen.py" line="194"/>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <location filename="../../ui/lock/screen.py" line="195"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
</context>
<context>
    <name>LockSettingsRows</name>
    <message>
        <location filename="../../ui/lock/settings_rows.py" line="59"/>
        <source>App lock PIN</source>
        <extracomment>The PIN was set, changed or removed.</extracomment>
        <translation>应用锁 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/lock/settings_rows.py" line="60"/>
        <source>Lock when idle for</source>
        <translation>空闲自动锁定</translation>
    </message>
    <message>
        <location filename="../../ui/lock/settings_rows.py" line="61"/>
        <source>Set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <location filename="../../ui/lock/settings_rows.py" line="61"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/lock/settings_rows.py" line="62"/>
        <source>Change PIN…</source>
        <translation>修改 PIN 码…</translation>
    </message>
    <message>
        <location filename="../../ui/lock/settings_rows.py" line="62"/>
        <source>Set PIN…</source>
        <translation>设置 PIN 码…</translation>
    </message>
    <message>
        <location filename="../../ui/lock/settings_rows.py" line="63"/>
        <source>Remove PIN…</source>
        <translation>删除 PIN 码…</translation>
    </message>
    <message>
        <location filename="../../ui/lock/settings_rows.py" line="65"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/lock/settings_rows.py" line="67"/>
        <source>RM Desk locks after this many minutes without input (at most {max}).</source>
        <translation>无任何操作达到此分钟数后自动锁定（最长 {max} 分钟）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <location filename="../../ui/selftest.py" line="68"/>
        <source>RM Desk</source>
        <extracomment>Tables whose changes nobody shows (autosaved drafts): no reload for them. The pages built so far; the others are stand-ins in the stack until first shown. True once :meth:`attach` set up the services a page is attached to.</extracomment>
        <translation>客户经理工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>&amp;About RM Desk</source>
        <translation>关于客户经理工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>About RM Desk</source>
        <translation>关于客户经理工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>RM Desk {version}
Workbench for SME relationship managers.
Profile: {path}</source>
        <translation>客户经理工作台 {version}
面向小微企业客户经理的工作平台。
数据目录：{path}</translation>
    </message>
</context>
<context>
    <name>MaskedIdEdit</name>
    <message>
        <location filename="../../ui/onboarding/widgets.py" line="213"/>
        <source>Hide</source>
        <extracomment>The parsed value (or its absence) may have changed. The real text changed. Records the reveal of a stored value (none: nothing is recorded).</extracomment>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/widgets.py" line="213"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/widgets.py" line="215"/>
        <source>Show or hide the full ID number</source>
        <translation>显示或隐藏完整证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/widgets.py" line="217"/>
        <source>Show or hide the full phone number</source>
        <translation>显示或隐藏完整电话号码</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/widgets.py" line="273"/>
        <source>The reveal could not be recorded: {error}</source>
        <translation>无法记录本次查看：{error}</translation>
    </message>
</context>
<context>
    <name>MaskedValue</name>
    <message>
        <location filename="../../ui/masked.py" line="173"/>
        <source>The value could not be shown: {error}</source>
        <extracomment>How long a revealed value stays on screen. What a reveal shows: (field, record id or None for the customer&apos;s own field).</extracomment>
        <translation>无法显示完整内容：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/masked.py" line="190"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../ui/masked.py" line="190"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/masked.py" line="192"/>
        <source>Show the full value for {seconds} seconds (the reveal is recorded)</source>
        <translation>显示完整内容 {seconds} 秒（查看将被记录）</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/pages/customers.py" line="171"/>
        <location filename="../../ui/pages/titles.py" line="27"/>
        <source>Customers</source>
        <extracomment>Log a visit to this customer. A branch manager&apos;s profile: filter by RM (hidden otherwise).</extracomment>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/titles.py" line="28"/>
        <location filename="../../ui/pages/visits.py" line="186"/>
        <source>Visits</source>
        <extracomment>The calendar and the due list were (re)loaded.</extracomment>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="177"/>
        <location filename="../../ui/pages/titles.py" line="29"/>
        <source>Applications</source>
        <extracomment>The list was loaded (after each refresh). Whether the profile is a branch manager&apos;s (RM column and filter).</extracomment>
        <translation>贷款申请</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="159"/>
        <location filename="../../ui/pages/titles.py" line="31"/>
        <source>Sync</source>
        <extracomment>Open a record from the report, the conflicts or the refused changes: (entity, id). The server is reachable (signed in) or the OS has a network (signed out). A run started. A run ended (``SyncReport``). What the running sync does, for a status bar (&quot;&quot; when idle). (entity, id) → customer id of the records shown, for :meth:`customer_of`. New credit decisions; the main window may move it above every page.</extracomment>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="62"/>
        <location filename="../../ui/pages/titles.py" line="32"/>
        <source>Settings</source>
        <extracomment>Language names are written in their own language, so anyone can find theirs.</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/titles.py" line="26"/>
        <location filename="../../ui/pages/today.py" line="227"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="119"/>
        <location filename="../../ui/pages/titles.py" line="30"/>
        <source>Dashboard</source>
        <extracomment>Changes arriving within this many ms reload the figures once. The figures were loaded and shown (after each refresh). The workbook was written (its path). The RM whose figures are shown (a branch manager&apos;s choice; None: all).</extracomment>
        <translation>工作台</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <location filename="../../ui/onboarding/texts.py" line="66"/>
        <source>{field}: not filled in</source>
        <translation>{field}：未填写</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/texts.py" line="71"/>
        <source>{field}, row {row}: {problem}</source>
        <translation>{field}，第 {row} 行：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/texts.py" line="74"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/texts.py" line="159"/>
        <source>{amount} (10k CNY)</source>
        <translation>{amount} 万元</translation>
    </message>
</context>
<context>
    <name>OnboardingInput</name>
    <message>
        <location filename="../../ui/onboarding/texts.py" line="22"/>
        <source>Enter a whole number, e.g. 85</source>
        <extracomment>Templates of problems the onboarding widgets find themselves (text that is no number).</extracomment>
        <translation>请输入整数，例如 85</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <location filename="../../ui/onboarding/page_base.py" line="156"/>
        <source>{label} *</source>
        <extracomment>Something on the page changed. The RM finished editing ``field`` (left it or chose a value).</extracomment>
        <translation>{label} *</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/page_base.py" line="159"/>
        <source>10k CNY</source>
        <translation>万元</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="227"/>
        <source>New customer</source>
        <extracomment>A save succeeded: the customer&apos;s id. The RM chose to open the customer that already has the credit code typed. The duplicate check of a valid credit code answered: the other customer, or None.</extracomment>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="229"/>
        <source>(unnamed draft)</source>
        <translation>（未命名草稿）</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="230"/>
        <source>Customer: {name}</source>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="235"/>
        <location filename="../../ui/onboarding/wizard.py" line="564"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="235"/>
        <location filename="../../ui/onboarding/wizard.py" line="564"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="236"/>
        <source>Save what is entered so far (Ctrl+S)</source>
        <translation>保存已填写的内容（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="237"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="238"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="239"/>
        <source>Mark complete</source>
        <translation>标记为资料齐全</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="240"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="369"/>
        <source>Please check the marked fields. Click Next again to go on anyway.</source>
        <translation>请检查标出的字段。再次点击“下一步”可继续。</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="408"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="443"/>
        <source>Saved at {time}. Text that is not a number was not saved.</source>
        <translation>已于 {time} 保存。非数字的内容未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="445"/>
        <source>Saved at {time}</source>
        <translation>已于 {time} 保存</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="465"/>
        <source>Not saved: some fields are missing or wrong</source>
        <translation>未保存：有字段缺失或有误</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="469"/>
        <source>Could not save: {error}</source>
        <translation>无法保存：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="490"/>
        <source>Not complete yet</source>
        <translation>资料尚不齐全</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="491"/>
        <source>The customer cannot be marked complete yet.</source>
        <translation>该客户暂不能标记为资料齐全。</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="496"/>
        <source>Go to the first problem</source>
        <translation>转到第一个问题</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="497"/>
        <location filename="../../ui/onboarding/wizard.py" line="567"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="560"/>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="561"/>
        <source>Save the changes to this customer before closing?</source>
        <translation>关闭前是否保存对该客户的更改？</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/wizard.py" line="566"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>Ownership</name>
    <message>
        <location filename="../../ui/onboarding/texts.py" line="27"/>
        <source>Private</source>
        <translation>民营</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/texts.py" line="28"/>
        <source>State-owned</source>
        <translation>国有</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/texts.py" line="29"/>
        <source>Collective</source>
        <translation>集体</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/texts.py" line="30"/>
        <source>Foreign-owned</source>
        <translation>外资</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/texts.py" line="31"/>
        <source>Hong Kong, Macao or Taiwan</source>
        <translation>港澳台资</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/texts.py" line="32"/>
        <source>Sino-foreign joint venture</source>
        <translation>中外合资</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/texts.py" line="33"/>
        <source>Individual business</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/texts.py" line="34"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/onboarding/pages.py" line="273"/>
        <source>People</source>
        <translation>人员信息</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/lock/pin_dialog.py" line="98"/>
        <source>Set a PIN</source>
        <extracomment>True while the PIN is hashed or checked in the background.</extracomment>
        <translation>设置 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/lock/pin_dialog.py" line="99"/>
        <source>Change the PIN</source>
        <translation>修改 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/lock/pin_dialog.py" line="100"/>
        <source>Remove the PIN</source>
        <translation>删除 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/lock/pin_dialog.py" line="103"/>
        <source>Current PIN</source>
        <translation>当前 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/lock/pin_dialog.py" line="104"/>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/lock/pin_dialog.py" line="105"/>
        <source>New PIN again</source>
        <translation>再次输入新 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/lock/pin_dialog.py" line="106"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../ui/lock/pin_dialog.py" line="109"/>
        <source>{min} to {max} digits; not all the same, not consecutive (123456), not a common pattern.</source>
        <translation>{min} 至 {max} 位数字；不能全部相同、不能是连续数字（如 123456），也不能是常见组合。</translation>
    </message>
    <message>
        <location filename="../../ui/lock/pin_dialog.py" line="150"/>
        <source>The PIN could not be saved: {error}</source>
        <translation>无法保存 PIN 码：{error}</translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <location filename="../../ui/segments/plans.py" line="86"/>
        <source>&lt;b&gt;{quarter}&lt;/b&gt; · {status} · {owner} · {prospects} prospects</source>
        <translation>&lt;b&gt;{quarter}&lt;/b&gt; · {status} · {owner} · {prospects} 家目标客户</translation>
    </message>
    <message>
        <location filename="../../ui/segments/plans.py" line="94"/>
        <source>Prospects visited</source>
        <translation>已走访客户</translation>
    </message>
    <message>
        <location filename="../../ui/segments/plans.py" line="95"/>
        <source>Applications submitted</source>
        <translation>已提交申请</translation>
    </message>
    <message>
        <location filename="../../ui/segments/plans.py" line="96"/>
        <source>Approved (万元)</source>
        <translation>已获批（万元）</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="341"/>
        <source>Plan for {segment}</source>
        <translation>{segment} 的规划</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="343"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="344"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="345"/>
        <source>Prospects to visit</source>
        <translation>目标走访客户数</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="346"/>
        <source>Applications to submit</source>
        <translation>目标提交申请数</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="347"/>
        <source>Amount to get approved (万元)</source>
        <translation>目标审批金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="348"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="374"/>
        <source>Enter the amount in 万元 as a number, e.g. 500</source>
        <translation>请以数字填写金额（万元），例如 500</translation>
    </message>
</context>
<context>
    <name>PlansPanel</name>
    <message>
        <location filename="../../ui/segments/plans.py" line="132"/>
        <source>New plan…</source>
        <translation>新建规划…</translation>
    </message>
    <message>
        <location filename="../../ui/segments/plans.py" line="133"/>
        <source>Edit plan…</source>
        <translation>编辑规划…</translation>
    </message>
</context>
<context>
    <name>PointsChart</name>
    <message>
        <location filename="../../ui/scoring/chart.py" line="77"/>
        <source>{name}: {points} of {maximum} points</source>
        <extracomment>Below its baseline: it gives a reason code.</extracomment>
        <translation>{name}：{points} 分（满分 {maximum}）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/chart.py" line="84"/>
        <source>Range: {range}</source>
        <translation>区间：{range}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/chart.py" line="87"/>
        <source>Baseline: {points}</source>
        <translation>基准分：{points}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/chart.py" line="195"/>
        <source>At or above baseline</source>
        <translation>不低于基准分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/chart.py" line="196"/>
        <source>Below baseline</source>
        <translation>低于基准分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/chart.py" line="197"/>
        <source>Baseline</source>
        <translation>基准分</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/applications/preview.py" line="96"/>
        <source>Preview: {name}</source>
        <extracomment>The message shown last (the file could not be opened in a viewer).</extracomment>
        <translation>预览：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/applications/preview.py" line="100"/>
        <location filename="../../ui/applications/preview.py" line="166"/>
        <source>Open in viewer</source>
        <translation>用查看器打开</translation>
    </message>
    <message>
        <location filename="../../ui/applications/preview.py" line="101"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/applications/preview.py" line="103"/>
        <source>Drawing…</source>
        <translation>正在绘制…</translation>
    </message>
    <message>
        <location filename="../../ui/applications/preview.py" line="167"/>
        <source>The file could not be opened in a viewer.</source>
        <translation>无法用查看器打开该文件。</translation>
    </message>
</context>
<context>
    <name>ProfileErrorDialog</name>
    <message>
        <location filename="../../ui/profile_dialog.py" line="15"/>
        <source>The profile folder cannot be created or written:
{path}</source>
        <translation>无法创建或写入数据目录：
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.py" line="18"/>
        <source>The profile database cannot be read:
{path}</source>
        <translation>无法读取数据库文件：
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.py" line="21"/>
        <source>The profile database is damaged or is not an RM Desk database:
{path}

The file has not been changed. Open another folder, or ask support to recover it.</source>
        <translation>数据库文件已损坏，或不是客户经理工作台的数据库：
{path}

该文件未被改动。请打开其他目录，或联系技术支持恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.py" line="26"/>
        <source>This profile was saved by a newer version of RM Desk:
{path}

Please update RM Desk. The file has not been changed.</source>
        <translation>该数据由更高版本的客户经理工作台保存：
{path}

请升级客户经理工作台。该文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.py" line="42"/>
        <source>Cannot open profile</source>
        <translation>无法打开数据</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.py" line="47"/>
        <source>Open another folder…</source>
        <translation>打开其他目录…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.py" line="50"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.py" line="60"/>
        <source>Choose a profile folder</source>
        <translation>选择数据目录</translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="21"/>
        <source>The profile database is encrypted, and the key to open it is not in this computer&apos;s keyring:
{path}

This happens when the keyring was reset, or when the profile was copied from another computer or user account. The file has not been changed.</source>
        <extracomment>Messages of the encryption problems (context &quot;ProfileErrorDialog&quot;).</extracomment>
        <translation>档案数据库已加密，但本机的系统钥匙串中没有打开它的密钥：
{path}

钥匙串被重置，或档案是从其他电脑或其他用户账户复制过来时会出现这种情况。文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="28"/>
        <source>The profile database cannot be decrypted:
{path}

The key in this computer&apos;s keyring does not fit, or the file has been damaged or altered. The file has not been changed.</source>
        <translation>档案数据库无法解密：
{path}

本机钥匙串中的密钥不匹配，或文件已损坏或被篡改。文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="34"/>
        <source>The system keyring, which holds the key of the encrypted profile, cannot be used:
{path}

Unlock or set up the keyring (for example, sign in to your desktop session) and start RM Desk again. Nothing has been changed.</source>
        <translation>无法使用保存加密档案密钥的系统钥匙串：
{path}

请解锁或设置钥匙串（例如登录桌面会话）后重新启动客户经理工作台。没有任何内容被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="43"/>
        <source>You can download your data again from the server: the unreadable data is moved aside (it is kept, not deleted) and a new profile downloads everything at its first sync.</source>
        <translation>您可以从服务器重新下载数据：无法读取的数据会被移到一旁（保留，不会删除），新档案会在首次同步时下载全部数据。</translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="60"/>
        <source>Download again from the server</source>
        <extracomment>What ``ask`` returns when the RM chose to download again.</extracomment>
        <translation>从服务器重新下载</translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="76"/>
        <source>Profile set aside</source>
        <translation>档案已移至一旁</translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="78"/>
        <source>The unreadable data was moved to:
{folder}

Nothing was deleted. Sign in on the Sync page and sync to download your customers again; until then the profile is empty.</source>
        <translation>无法读取的数据已移至：
{folder}

没有删除任何内容。请在“同步”页面登录并同步，以重新下载您的客户；在此之前档案为空。</translation>
    </message>
</context>
<context>
    <name>ProfileSummary</name>
    <message>
        <location filename="../../ui/onboarding/summary.py" line="159"/>
        <source>Enterprise</source>
        <extracomment>The groups of the summary: the wizard&apos;s pages, and the status with the credit fields. Shown masked, each with its own Show button (contacts: their phones). The ID number&apos;s Show button.</extracomment>
        <translation>企业信息</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/summary.py" line="160"/>
        <source>Business</source>
        <translation>经营情况</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/summary.py" line="161"/>
        <source>People</source>
        <translation>人员信息</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/summary.py" line="162"/>
        <source>Credit</source>
        <translation>授信需求</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/summary.py" line="163"/>
        <source>Size and eligibility</source>
        <translation>规模与准入</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/summary.py" line="180"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/summary.py" line="180"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ProspectModel</name>
    <message>
        <location filename="../../ui/segments/prospects.py" line="31"/>
        <source>Micro</source>
        <extracomment>Prospects per page of the table.</extracomment>
        <translation>微型</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospects.py" line="32"/>
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospects.py" line="33"/>
        <source>Medium</source>
        <translation>中型</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospects.py" line="34"/>
        <source>Large (not SME)</source>
        <translation>大型（非中小企业）</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospects.py" line="37"/>
        <source>Prospect</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospects.py" line="38"/>
        <source>Complete</source>
        <translation>资料完整</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospects.py" line="39"/>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospects.py" line="44"/>
        <location filename="../../ui/segments/prospects.py" line="68"/>
        <source>Unknown</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospects.py" line="47"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospects.py" line="48"/>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospects.py" line="49"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospects.py" line="50"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospects.py" line="51"/>
        <source>Eligible</source>
        <translation>准入</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospects.py" line="52"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospects.py" line="53"/>
        <source>Open application</source>
        <translation>在办申请</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospects.py" line="42"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospects.py" line="43"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ProspectsPanel</name>
    <message>
        <location filename="../../ui/segments/prospect_panel.py" line="80"/>
        <source>Import prospects…</source>
        <extracomment>The widest the &quot;Why&quot; column opens (pixels).</extracomment>
        <translation>导入目标客户…</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospect_panel.py" line="81"/>
        <source>Select eligible</source>
        <translation>选中符合准入的</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospect_panel.py" line="82"/>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospect_panel.py" line="83"/>
        <source>Create applications…</source>
        <translation>批量创建申请…</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospect_panel.py" line="105"/>
        <source>No prospects yet: import the segment&apos;s prospect list (.xlsx or .csv).</source>
        <translation>暂无目标客户：请导入该细分市场的客户名单（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospect_panel.py" line="110"/>
        <source>{total} prospects — micro {micro} · small {small} · medium {medium} · not SME {large} · size unknown {unknown_size}&lt;br&gt;eligible {eligible} · not eligible {not_eligible} · eligibility unknown {unknown}</source>
        <translation>共 {total} 家目标客户 — 微型 {micro} · 小型 {small} · 中型 {medium} · 非中小企业 {large} · 规模未定 {unknown_size}&lt;br&gt;符合准入 {eligible} · 不符合 {not_eligible} · 准入待定 {unknown}</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospect_panel.py" line="130"/>
        <source>Most common: {reasons}</source>
        <translation>主要原因：{reasons}</translation>
    </message>
    <message>
        <location filename="../../ui/segments/prospect_panel.py" line="140"/>
        <source>{selected} selected / {eligible} eligible without an open application</source>
        <translation>已选 {selected} 家 / 符合准入且无在办申请 {eligible} 家</translation>
    </message>
</context>
<context>
    <name>QuarterOverview</name>
    <message>
        <location filename="../../ui/segments/overview.py" line="53"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/segments/overview.py" line="56"/>
        <source>RM</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/segments/overview.py" line="57"/>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <location filename="../../ui/segments/overview.py" line="58"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/segments/overview.py" line="59"/>
        <source>Visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <location filename="../../ui/segments/overview.py" line="60"/>
        <source>Applications</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../ui/segments/overview.py" line="61"/>
        <source>Approved (万元)</source>
        <translation>已获批（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/segments/overview.py" line="117"/>
        <source>The bank asks for at least {minimum} segment plans a quarter. Short in {quarter}: {who}</source>
        <translation>细分市场规划每季度不少于 {minimum} 个。{quarter} 尚不足：{who}</translation>
    </message>
    <message>
        <location filename="../../ui/segments/overview.py" line="127"/>
        <source>{count} plans in {quarter}.</source>
        <translation>{quarter} 共 {count} 个规划。</translation>
    </message>
</context>
<context>
    <name>RatioTable</name>
    <message>
        <location filename="../../ui/scoring/statements.py" line="391"/>
        <source>Not scored by this scorecard</source>
        <translation>本评分卡不计分</translation>
    </message>
</context>
<context>
    <name>RejectedList</name>
    <message>
        <location filename="../../ui/sync/rejected_view.py" line="112"/>
        <source>No reason given</source>
        <extracomment>Open a record to fix it: (entity, id). Give a refused change up (its id). Send a refused change again as the record now is (its id). The confirmation shown last (discarding loses the change).</extracomment>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location filename="../../ui/sync/rejected_view.py" line="163"/>
        <location filename="../../ui/sync/rejected_view.py" line="184"/>
        <source>Discard change</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../ui/sync/rejected_view.py" line="164"/>
        <source>Discard this change? The record goes back to what was last synced.</source>
        <translation>放弃此修改？记录将恢复为上次同步时的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/rejected_view.py" line="165"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../ui/sync/rejected_view.py" line="166"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../ui/sync/rejected_view.py" line="178"/>
        <source>The server refused these changes. Open the record and correct it: the fix is sent with the next sync. Or discard the change.</source>
        <translation>服务器拒绝了以下修改。请打开记录更正，更正将在下次同步时发送；或放弃该修改。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/rejected_view.py" line="182"/>
        <source>Open record to fix</source>
        <translation>打开记录更正</translation>
    </message>
    <message>
        <location filename="../../ui/sync/rejected_view.py" line="183"/>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../ui/sync/report_view.py" line="124"/>
        <source>Changes sent</source>
        <extracomment>The RM opened a record: (entity, id).</extracomment>
        <translation>已发送修改</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="125"/>
        <source>Changes received</source>
        <translation>已接收修改</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="126"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="127"/>
        <source>Refused changes</source>
        <translation>被拒绝的修改</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="128"/>
        <source>Files uploaded</source>
        <translation>已上传文件</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="129"/>
        <source>Files downloaded</source>
        <translation>已下载文件</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="130"/>
        <source>Reference data</source>
        <translation>参考数据</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="131"/>
        <source>Removed (reassigned)</source>
        <translation>已移除（客户移交）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="135"/>
        <source>Needs your attention</source>
        <translation>需要您处理</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="138"/>
        <source>No sync yet on this laptop.</source>
        <translation>本机尚未同步。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="154"/>
        <source>Last sync completed at {time}</source>
        <translation>上次同步于 {time} 完成</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="156"/>
        <source>Last sync was stopped at {time}</source>
        <translation>上次同步于 {time} 被停止</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="157"/>
        <source>Last sync failed at {time}</source>
        <translation>上次同步于 {time} 失败</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="160"/>
        <source>{sent} (accepted {accepted})</source>
        <translation>{sent}（已接受 {accepted}）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="163"/>
        <location filename="../../ui/sync/report_view.py" line="173"/>
        <source>{files} ({size})</source>
        <translation>{files}（{size}）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="167"/>
        <source>{files} ({size}), {later} when opened</source>
        <translation>{files}（{size}），{later} 个打开时下载</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="178"/>
        <source>{n} refreshed, {errors} not usable</source>
        <translation>已更新 {n} 项，{errors} 项不可用</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="182"/>
        <source>Refreshed: {names}</source>
        <translation>已更新：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="182"/>
        <location filename="../../ui/sync/report_view.py" line="215"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="184"/>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="206"/>
        <source>Credit decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="218"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="225"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="238"/>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="240"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>ResolveAlert</name>
    <message>
        <location filename="../../ui/visits/alerts.py" line="52"/>
        <source>Resolve alert</source>
        <extracomment>Open alerts listed in a profile&apos;s header; the rest are counted.</extracomment>
        <translation>解除预警</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="55"/>
        <source>How was “{signal}” resolved?</source>
        <translation>“{signal}”是如何解除的？</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="58"/>
        <source>How was the alert resolved?</source>
        <translation>该预警是如何解除的？</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="60"/>
        <source>What you found or did, e.g. the lawsuit was settled</source>
        <translation>说明核实情况或采取的措施，例如：诉讼已和解</translation>
    </message>
    <message>
        <location filename="../../ui/visits/alerts.py" line="62"/>
        <source>Resolve</source>
        <translation>解除</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../ui/scoring/result_panel.py" line="124"/>
        <source>points</source>
        <extracomment>How many reason codes are listed. Grade colours from best to worst third of the grade table. The RM wants to try a suggestion: (input name, value). The suggestion labels and their &quot;Try&quot; buttons, as shown.</extracomment>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/result_panel.py" line="125"/>
        <source>Points by characteristic</source>
        <translation>各评分项得分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/result_panel.py" line="126"/>
        <source>Main reasons</source>
        <translation>主要原因</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/result_panel.py" line="127"/>
        <source>What would move the grade</source>
        <translation>如何提升等级</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/result_panel.py" line="181"/>
        <source>No result yet.</source>
        <translation>尚无结果。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/result_panel.py" line="188"/>
        <source>This scorecard has no grades</source>
        <translation>本评分卡未设等级</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/result_panel.py" line="201"/>
        <source>Every item scores at or above its baseline.</source>
        <translation>各项得分均不低于基准分。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/result_panel.py" line="203"/>
        <source>This is the best grade.</source>
        <translation>已是最高等级。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/result_panel.py" line="205"/>
        <source>No single change reaches the next grade.</source>
        <translation>单项调整无法达到上一等级。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/result_panel.py" line="216"/>
        <location filename="../../ui/scoring/result_panel.py" line="242"/>
        <source>Try</source>
        <translation>试用</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/result_panel.py" line="245"/>
        <source>Put this value into the form</source>
        <translation>将此值填入表单</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/onboarding/review.py" line="46"/>
        <source>Review</source>
        <extracomment>The RM wants to fix the problem at this field path.</extracomment>
        <translation>核对</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/review.py" line="71"/>
        <source>Still to do before the customer can be marked complete (double-click to go there):</source>
        <translation>标记为资料齐全前尚需处理（双击可跳转）：</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/review.py" line="78"/>
        <source>Everything needed is there: the customer can be marked complete.</source>
        <translation>所需资料已齐全：可以标记为资料齐全。</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/review.py" line="83"/>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
</context>
<context>
    <name>RmStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="64"/>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="64"/>
        <source>○ Offline</source>
        <translation>○ 离线</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="66"/>
        <source>Unsynced changes: {n}</source>
        <translation>未同步更改：{n}</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../ui/onboarding/tables.py" line="105"/>
        <source>{column} (10k CNY)</source>
        <translation>{column}（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/tables.py" line="108"/>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../ui/onboarding/tables.py" line="109"/>
        <source>Remove row</source>
        <translation>删除一行</translation>
    </message>
</context>
<context>
    <name>ScorecardDialog</name>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="289"/>
        <source>Financial statements (10k CNY)</source>
        <extracomment>Changes within this time are scored once. The customer, statements and history arrived and are shown. The result on screen was recomputed. An assessment was written from here (its id). The window&apos;s own assessment (None: a new one, not saved yet). An entry of the history shown read-only instead of the window&apos;s own. Writes sent to the background and not answered yet. Changes not saved yet. The message box shown last (confirmation or refusal). Statements were saved: the grid learns their ids at the next load.</extracomment>
        <translation>财务报表（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="290"/>
        <source>Ratios of the latest statement</source>
        <translation>最近一期报表的财务比率</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="291"/>
        <source>Assessment items</source>
        <translation>评分项目</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="292"/>
        <source>Result</source>
        <translation>评分结果</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="294"/>
        <source>History ({count})</source>
        <translation>历史记录（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="295"/>
        <source>Back to current</source>
        <translation>返回当前</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="296"/>
        <source>New assessment</source>
        <translation>新建评分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="297"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="298"/>
        <source>Submit…</source>
        <translation>提交…</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="299"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="302"/>
        <source>Credit assessment</source>
        <translation>信用评分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="303"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="306"/>
        <source>Credit assessment: {customer}</source>
        <translation>信用评分：{customer}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="313"/>
        <source>{model}, for a loan application</source>
        <translation>{model}，用于贷款申请</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="349"/>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="351"/>
        <source>The assessment could not be loaded: {error}</source>
        <translation>无法读取评分：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="451"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="463"/>
        <source>Viewing the assessment of {time} ({status}); it cannot be changed.</source>
        <translation>正在查看 {time} 的评分（{status}），不能修改。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="469"/>
        <source>New assessment, not saved yet. The grade follows every change.</source>
        <translation>新评分，尚未保存。等级随每次修改即时更新。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="472"/>
        <source>Submitted by {user} at {time}. A submitted assessment cannot be changed.</source>
        <translation>由 {user} 于 {time} 提交。已提交的评分不能修改。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="474"/>
        <source>Draft, last saved by {user} at {time}.</source>
        <translation>草稿，{user} 最后保存于 {time}。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="532"/>
        <source>The scorecard cannot score these inputs: {error}</source>
        <translation>评分卡无法对这些输入评分：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="615"/>
        <location filename="../../ui/scoring/dialog.py" line="624"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="625"/>
        <source>Correct the statement figures marked in red first.</source>
        <translation>请先更正标红的报表数字。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="669"/>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="669"/>
        <location filename="../../ui/scoring/dialog.py" line="724"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="679"/>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="680"/>
        <source>Correct the fields marked in red first.</source>
        <translation>请先更正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="687"/>
        <source>Submit assessment</source>
        <translation>提交评分</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="688"/>
        <source>Submit this assessment?</source>
        <translation>提交此评分？</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="694"/>
        <source>A submitted assessment cannot be changed.</source>
        <translation>已提交的评分不能修改。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="696"/>
        <source>Not filled in: {items}</source>
        <translation>未填写：{items}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="700"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="749"/>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="750"/>
        <source>Close without saving the changes?</source>
        <translation>不保存更改就关闭？</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/dialog.py" line="752"/>
        <source>Close without saving</source>
        <translation>不保存并关闭</translation>
    </message>
</context>
<context>
    <name>ScorecardTexts</name>
    <message>
        <location filename="../../ui/scoring/texts.py" line="168"/>
        <source>No new credit at this grade</source>
        <translation>此等级不予新增授信</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="171"/>
        <source>Collateral required</source>
        <translation>须提供担保</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="173"/>
        <source>No collateral</source>
        <translation>无需担保</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="176"/>
        <source>Max exposure: {amount} (10k CNY)</source>
        <translation>最高授信：{amount} 万元</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="179"/>
        <source>Rate: LPR + {spread} bp</source>
        <translation>利率：LPR + {spread} 个基点</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="182"/>
        <source>Max tenor: {months} months</source>
        <translation>最长期限：{months} 个月</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="200"/>
        <source>{input}: {new} (not filled in now): +{points} points → {grade}</source>
        <translation>{input}：{new}（当前未填）：+{points} 分 → {grade}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="203"/>
        <source>{input} from {old} to {new}: +{points} points → {grade}</source>
        <translation>{input} 由 {old} 调整为 {new}：+{points} 分 → {grade}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="229"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="243"/>
        <source>This assessment is submitted and can no longer change.</source>
        <translation>该评分已提交，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="247"/>
        <source>The scorecard cannot score these inputs: {error}</source>
        <translation>评分卡无法对这些输入评分：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="251"/>
        <source>It was deleted meanwhile.</source>
        <translation>它已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="252"/>
        <source>Something went wrong: {error}</source>
        <translation>出现问题：{error}</translation>
    </message>
</context>
<context>
    <name>ScorecardUnit</name>
    <message>
        <location filename="../../ui/scoring/texts.py" line="42"/>
        <source>times</source>
        <extracomment>Units models use, in English (a Chinese UI shows the model&apos;s own unit).</extracomment>
        <translation>倍</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="43"/>
        <source>times a year</source>
        <translation>次/年</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="44"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="45"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="46"/>
        <source>10k CNY</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="47"/>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="48"/>
        <source>people</source>
        <translation>人</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <location filename="../../app/assessments.py" line="53"/>
        <source>Financial statements have no item called {name}</source>
        <extracomment>Amounts (yuan) must be below this. English templates of statement problems (context ``&quot;Scoring&quot;``).</extracomment>
        <translation>财务报表中没有名为 {name} 的科目</translation>
    </message>
    <message>
        <location filename="../../app/assessments.py" line="56"/>
        <source>Enter an amount in yuan</source>
        <translation>请填写以元为单位的金额</translation>
    </message>
    <message>
        <location filename="../../app/assessments.py" line="57"/>
        <source>This amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/assessments.py" line="58"/>
        <source>Enter the amount to the fen at most</source>
        <translation>金额最多精确到分</translation>
    </message>
    <message>
        <location filename="../../app/assessments.py" line="59"/>
        <source>The amount is too large</source>
        <translation>金额过大</translation>
    </message>
    <message>
        <location filename="../../app/scoring/engine.py" line="37"/>
        <source>This model has no input called {name}</source>
        <translation>该模型没有名为 {name} 的输入项</translation>
    </message>
    <message>
        <location filename="../../app/scoring/engine.py" line="38"/>
        <source>Enter a number or a listed value</source>
        <translation>请填写数字或列出的取值</translation>
    </message>
    <message>
        <location filename="../../app/scoring/engine.py" line="39"/>
        <source>Enter a number</source>
        <translation>请填写数字</translation>
    </message>
    <message>
        <location filename="../../app/scoring/engine.py" line="40"/>
        <source>Enter a whole number</source>
        <translation>请填写整数</translation>
    </message>
    <message>
        <location filename="../../app/scoring/engine.py" line="41"/>
        <source>Enter a value in the range {range}</source>
        <translation>请填写 {range} 范围内的值</translation>
    </message>
    <message>
        <location filename="../../app/scoring/engine.py" line="42"/>
        <source>Choose one of the listed values</source>
        <translation>请从列出的取值中选择</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <location filename="../../app/segments.py" line="59"/>
        <source>Sub-industry</source>
        <translation>子行业</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="60"/>
        <source>Industrial cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="61"/>
        <source>Supply chain</source>
        <translation>产业链</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="62"/>
        <source>County industry</source>
        <translation>县域产业</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="63"/>
        <source>Commodity market</source>
        <translation>商品或要素交易市场</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="64"/>
        <source>Development zone</source>
        <translation>开发区</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="71"/>
        <source>Enter the segment&apos;s name</source>
        <extracomment>Application statuses that count as &quot;open&quot; (a new one would duplicate it).</extracomment>
        <translation>请填写细分市场名称</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="72"/>
        <source>The name is too long: at most 64 characters</source>
        <translation>名称过长：最多 64 个字符</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="73"/>
        <source>Another segment is already called {name}</source>
        <translation>已有名为“{name}”的细分市场</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="74"/>
        <source>Choose the segment&apos;s type</source>
        <translation>请选择细分市场类型</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="75"/>
        <source>A supply chain needs its core enterprise: enter its name</source>
        <translation>产业链需要核心企业：请填写其名称</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="78"/>
        <source>The core enterprise&apos;s credit code must have 18 characters</source>
        <translation>核心企业的统一社会信用代码应为 18 位</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="81"/>
        <source>The default product is not in the catalogue</source>
        <translation>默认产品不在产品目录中</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="82"/>
        <source>The default amount must be above zero</source>
        <translation>默认金额必须大于零</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="83"/>
        <source>The default term must be 1 to 600 months</source>
        <translation>默认期限应为 1 至 600 个月</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="84"/>
        <source>At most 20 risk controls, each at most 200 characters</source>
        <translation>风险控制措施最多 20 条，每条不超过 200 字</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="174"/>
        <source>not registered in the PRC</source>
        <extracomment>What kind of reason (a key of :data:`REASON_LABELS`), for counting. Short labels of the kinds of reason, for the counts over a segment.</extracomment>
        <translation>非境内注册</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="175"/>
        <source>total assets above the SME limit</source>
        <translation>资产总额超出中小企业上限</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="176"/>
        <source>total assets missing</source>
        <translation>缺少资产总额</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="177"/>
        <source>requested exposure above the SME limit</source>
        <translation>申请敞口超出中小企业上限</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="178"/>
        <source>requested exposure missing</source>
        <translation>缺少申请敞口</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="179"/>
        <source>size not determined (data missing)</source>
        <translation>规模无法判定（数据不全）</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="180"/>
        <source>large enterprise</source>
        <translation>大型企业</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="355"/>
        <source>Large enterprise: not an SME</source>
        <extracomment>Why (not) eligible / why no size: failed or missing checks, first the most telling. (reason code, how many prospects have it), most frequent first (see REASON_LABELS). Eligible prospects without an open application (what &quot;Select eligible&quot; ticks). Eligible and without an open application (see :data:`OPEN_APPLICATION_STATUSES`).</extracomment>
        <translation>大型企业：不属于中小企业</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="402"/>
        <source>Not a prospect of this segment</source>
        <translation>不是该细分市场的目标客户</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="403"/>
        <source>Not eligible for SME credit</source>
        <translation>不符合中小企业准入</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="404"/>
        <source>Eligibility unknown: the profile lacks data</source>
        <translation>准入待定：客户资料不全</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="407"/>
        <source>Already has an open application ({product})</source>
        <translation>已有在办申请（{product}）</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="410"/>
        <source>The shared terms do not fit this customer</source>
        <translation>统一条件不适用于该客户</translation>
    </message>
    <message>
        <location filename="../../app/segments.py" line="471"/>
        <source>Choose the product for the applications</source>
        <translation>请选择申请的产品</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="207"/>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="207"/>
        <source>New segment</source>
        <translation>新建细分市场</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="209"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="210"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="211"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="212"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="213"/>
        <source>Core enterprise</source>
        <translation>核心企业</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="214"/>
        <source>Core enterprise USCC</source>
        <translation>核心企业统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="215"/>
        <source>Common risk controls</source>
        <translation>共同风险控制措施</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="216"/>
        <source>Default product</source>
        <translation>默认产品</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="217"/>
        <source>Default amount (万元)</source>
        <translation>默认金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="218"/>
        <source>Default term (months)</source>
        <translation>默认期限（月）</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="222"/>
        <source>e.g. 永康五金产业集群</source>
        <translation>例如：永康五金产业集群</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="223"/>
        <source>One per line, e.g. 核心企业担保</source>
        <translation>每行一条，例如：核心企业担保</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="224"/>
        <source>Empty: each prospect&apos;s requested exposure</source>
        <translation>留空：按各客户申请的授信敞口</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="225"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="241"/>
        <source>No default product: choose one when creating.</source>
        <translation>未设默认产品：创建申请时再选择。</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="247"/>
        <source>Checklist ({count} documents): {names}</source>
        <translation>资料清单（{count} 项）：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/segments/dialogs.py" line="286"/>
        <source>Enter the default amount in 万元 as a number, e.g. 50</source>
        <translation>请以数字填写默认金额（万元），例如 50</translation>
    </message>
</context>
<context>
    <name>SegmentInfo</name>
    <message>
        <location filename="../../ui/segments/segment_detail.py" line="96"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/segments/segment_detail.py" line="97"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/segments/segment_detail.py" line="112"/>
        <source>Core enterprise: {name}</source>
        <translation>核心企业：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/segments/segment_detail.py" line="116"/>
        <source>Shared terms: {terms}</source>
        <translation>统一条件：{terms}</translation>
    </message>
    <message>
        <location filename="../../ui/segments/segment_detail.py" line="119"/>
        <source>Risk controls: {controls}</source>
        <translation>风险控制措施：{controls}</translation>
    </message>
    <message>
        <location filename="../../ui/segments/segment_detail.py" line="124"/>
        <source>&lt;i&gt;{owner}&apos;s segment: read only&lt;/i&gt;</source>
        <translation>&lt;i&gt;{owner} 的细分市场：只读&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/segments/segment_detail.py" line="139"/>
        <source>{amount} 万元</source>
        <translation>{amount} 万元</translation>
    </message>
    <message>
        <location filename="../../ui/segments/segment_detail.py" line="145"/>
        <source>{months} months</source>
        <translation>{months} 个月</translation>
    </message>
</context>
<context>
    <name>SegmentList</name>
    <message>
        <location filename="../../ui/segments/segment_detail.py" line="54"/>
        <source>{name}
{type} · {members} prospects</source>
        <extracomment>The RM chose another segment (its id).</extracomment>
        <translation>{name}
{type} · {members} 家目标客户</translation>
    </message>
</context>
<context>
    <name>SegmentPlan</name>
    <message>
        <location filename="../../app/segment_plans.py" line="42"/>
        <source>Draft</source>
        <extracomment>The bank&apos;s rule: at least this many segment plans a quarter. Application statuses that count as submitted for the quarter.</extracomment>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/segment_plans.py" line="43"/>
        <source>Active</source>
        <translation>执行中</translation>
    </message>
    <message>
        <location filename="../../app/segment_plans.py" line="44"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../app/segment_plans.py" line="48"/>
        <source>Enter the quarter as year and quarter, e.g. 2026Q4</source>
        <translation>请按“年份+季度”填写，例如 2026Q4</translation>
    </message>
    <message>
        <location filename="../../app/segment_plans.py" line="51"/>
        <source>This segment already has a plan for {quarter}</source>
        <translation>该细分市场已有 {quarter} 的规划</translation>
    </message>
    <message>
        <location filename="../../app/segment_plans.py" line="54"/>
        <source>Targets must be between 0 and 1,000,000</source>
        <translation>目标应在 0 至 1,000,000 之间</translation>
    </message>
    <message>
        <location filename="../../app/segment_plans.py" line="55"/>
        <source>The approved amount target must be zero or more</source>
        <translation>目标审批金额不能为负</translation>
    </message>
    <message>
        <location filename="../../app/segment_plans.py" line="58"/>
        <source>Choose the plan&apos;s status</source>
        <translation>请选择规划状态</translation>
    </message>
    <message>
        <location filename="../../app/segment_plans.py" line="59"/>
        <source>Choose the segment</source>
        <translation>请选择细分市场</translation>
    </message>
    <message>
        <location filename="../../app/segment_plans.py" line="60"/>
        <source>This plan belongs to {owner}: only they can change it</source>
        <translation>该规划属于 {owner}：只有其本人可以修改</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <location filename="../../ui/pages/titles.py" line="33"/>
        <location filename="../../ui/segments/page.py" line="182"/>
        <location filename="../../ui/segments/page.py" line="211"/>
        <location filename="../../ui/segments/page.py" line="215"/>
        <source>Segments</source>
        <extracomment>Segments, plans and the first page of prospects were (re)loaded and shown. A batch creation finished (its :class:`BatchResult`). Signed in as a branch manager or credit officer: nothing can be changed here. The last segment or plan editor opened.</extracomment>
        <translation>细分市场</translation>
    </message>
    <message>
        <location filename="../../ui/segments/page.py" line="212"/>
        <source>New segment…</source>
        <translation>新建细分市场…</translation>
    </message>
    <message>
        <location filename="../../ui/segments/page.py" line="213"/>
        <source>Prospects</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <location filename="../../ui/segments/page.py" line="214"/>
        <source>Plans</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../ui/segments/page.py" line="216"/>
        <source>Plans by quarter</source>
        <translation>季度规划</translation>
    </message>
    <message>
        <location filename="../../ui/segments/page.py" line="299"/>
        <source>No segments yet. A segment (细分市场) groups enterprises with shared risk controls: a sub-industry, a cluster, a supply chain… Click New segment…</source>
        <translation>尚无细分市场。细分市场是具备共同风险控制措施的客户群：子行业、产业集群、产业链……请点击“新建细分市场…”</translation>
    </message>
    <message>
        <location filename="../../ui/segments/page.py" line="275"/>
        <location filename="../../ui/segments/page.py" line="339"/>
        <source>Could not finish: {error}</source>
        <translation>未能完成：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/segments/page.py" line="358"/>
        <source>Delete segment</source>
        <translation>删除细分市场</translation>
    </message>
    <message>
        <location filename="../../ui/segments/page.py" line="359"/>
        <source>Delete {name} and its plans? Its prospects stay as customers.</source>
        <translation>删除“{name}”及其规划？其目标客户仍保留为客户。</translation>
    </message>
    <message>
        <location filename="../../ui/segments/page.py" line="378"/>
        <source>{count} eligible prospects selected.</source>
        <translation>已选中 {count} 家符合准入的客户。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="66"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="67"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="67"/>
        <source>Profile folder</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="67"/>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../app/risk_signals.py" line="54"/>
        <source>Low</source>
        <extracomment>English label of each severity (context ``Severity``), for the UI.</extracomment>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../app/risk_signals.py" line="55"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../app/risk_signals.py" line="56"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../app/risk_signals.py" line="57"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="133"/>
        <source>Sign in to the sync server</source>
        <extracomment>Signed in (the account is stored in the profile, the token in the keyring). A sign-in is on its way.</extracomment>
        <translation>登录同步服务器</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="135"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="136"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="137"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="138"/>
        <source>CA bundle</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="142"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="143"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="145"/>
        <source>Only if IT gave you a certificate file for the bank&apos;s internal server.</source>
        <translation>仅当信息科技部门为行内服务器提供了证书文件时填写。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="147"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="147"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="148"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="161"/>
        <source>Choose the CA bundle</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="163"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="177"/>
        <source>Enter the server address, e.g. https://rmdesk.bank.cn</source>
        <translation>请输入服务器地址，例如 https://rmdesk.bank.cn</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="179"/>
        <source>Enter your user name</source>
        <translation>请输入用户名</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="181"/>
        <source>Enter your password</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="249"/>
        <source>Sign-in failed: {error}</source>
        <translation>登录失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="273"/>
        <source>Too many failed sign-ins: try again at {time}</source>
        <translation>登录失败次数过多：请于 {time} 后重试</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sign_in.py" line="277"/>
        <source>You can try to sign in again now</source>
        <translation>现在可以重新登录</translation>
    </message>
</context>
<context>
    <name>SignalsPanel</name>
    <message>
        <location filename="../../ui/visits/signals_panel.py" line="65"/>
        <source>Tick what you saw. Each ticked signal raises an alert when the visit is done.</source>
        <translation>勾选发现的情况。拜访完成后，每个勾选的预警信号都会触发一条风险预警。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/signals_panel.py" line="71"/>
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
</context>
<context>
    <name>SizeRule</name>
    <message>
        <location filename="../../app/classification.py" line="59"/>
        <source>{row}: employees ≥ {employees} and revenue ≥ {revenue} 万元 → large</source>
        <extracomment>The rule that decided a size, by the row&apos;s metrics. Large/medium/small quote the bounds that were all met; micro quotes the small bounds, one of which was not.</extracomment>
        <translation>{row}：从业人员 ≥ {employees} 人且营业收入 ≥ {revenue} 万元 → 大型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="62"/>
        <source>{row}: employees ≥ {employees} and revenue ≥ {revenue} 万元 → medium</source>
        <translation>{row}：从业人员 ≥ {employees} 人且营业收入 ≥ {revenue} 万元 → 中型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="65"/>
        <source>{row}: employees ≥ {employees} and revenue ≥ {revenue} 万元 → small</source>
        <translation>{row}：从业人员 ≥ {employees} 人且营业收入 ≥ {revenue} 万元 → 小型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="68"/>
        <source>{row}: employees &lt; {employees} or revenue &lt; {revenue} 万元 → micro</source>
        <translation>{row}：从业人员 &lt; {employees} 人或营业收入 &lt; {revenue} 万元 → 微型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="71"/>
        <source>{row}: revenue ≥ {revenue} 万元 and assets ≥ {assets} 万元 → large</source>
        <translation>{row}：营业收入 ≥ {revenue} 万元且资产总额 ≥ {assets} 万元 → 大型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="74"/>
        <source>{row}: revenue ≥ {revenue} 万元 and assets ≥ {assets} 万元 → medium</source>
        <translation>{row}：营业收入 ≥ {revenue} 万元且资产总额 ≥ {assets} 万元 → 中型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="77"/>
        <source>{row}: revenue ≥ {revenue} 万元 and assets ≥ {assets} 万元 → small</source>
        <translation>{row}：营业收入 ≥ {revenue} 万元且资产总额 ≥ {assets} 万元 → 小型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="80"/>
        <source>{row}: revenue &lt; {revenue} 万元 or assets &lt; {assets} 万元 → micro</source>
        <translation>{row}：营业收入 &lt; {revenue} 万元或资产总额 &lt; {assets} 万元 → 微型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="83"/>
        <source>{row}: employees ≥ {employees} and assets ≥ {assets} 万元 → large</source>
        <translation>{row}：从业人员 ≥ {employees} 人且资产总额 ≥ {assets} 万元 → 大型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="86"/>
        <source>{row}: employees ≥ {employees} and assets ≥ {assets} 万元 → medium</source>
        <translation>{row}：从业人员 ≥ {employees} 人且资产总额 ≥ {assets} 万元 → 中型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="89"/>
        <source>{row}: employees ≥ {employees} and assets ≥ {assets} 万元 → small</source>
        <translation>{row}：从业人员 ≥ {employees} 人且资产总额 ≥ {assets} 万元 → 小型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="92"/>
        <source>{row}: employees &lt; {employees} or assets &lt; {assets} 万元 → micro</source>
        <translation>{row}：从业人员 &lt; {employees} 人或资产总额 &lt; {assets} 万元 → 微型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="95"/>
        <source>{row}: revenue ≥ {revenue} 万元 → large</source>
        <translation>{row}：营业收入 ≥ {revenue} 万元 → 大型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="96"/>
        <source>{row}: revenue ≥ {revenue} 万元 → medium</source>
        <translation>{row}：营业收入 ≥ {revenue} 万元 → 中型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="97"/>
        <source>{row}: revenue ≥ {revenue} 万元 → small</source>
        <translation>{row}：营业收入 ≥ {revenue} 万元 → 小型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="98"/>
        <source>{row}: revenue &lt; {revenue} 万元 → micro</source>
        <translation>{row}：营业收入 &lt; {revenue} 万元 → 微型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="99"/>
        <source>{row}: employees ≥ {employees} → large</source>
        <translation>{row}：从业人员 ≥ {employees} 人 → 大型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="100"/>
        <source>{row}: employees ≥ {employees} → medium</source>
        <translation>{row}：从业人员 ≥ {employees} 人 → 中型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="101"/>
        <source>{row}: employees ≥ {employees} → small</source>
        <translation>{row}：从业人员 ≥ {employees} 人 → 小型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="102"/>
        <source>{row}: employees &lt; {employees} → micro</source>
        <translation>{row}：从业人员 &lt; {employees} 人 → 微型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="107"/>
        <source>{row}: employees are needed to classify</source>
        <extracomment>Why a size could not be decided, by the metrics the row needs but did not get.</extracomment>
        <translation>{row}：需要从业人员数才能划型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="108"/>
        <source>{row}: revenue is needed to classify</source>
        <translation>{row}：需要营业收入才能划型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="109"/>
        <source>{row}: total assets are needed to classify</source>
        <translation>{row}：需要资产总额才能划型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="110"/>
        <source>{row}: employees and revenue are needed to classify</source>
        <translation>{row}：需要从业人员数和营业收入才能划型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="111"/>
        <source>{row}: employees and total assets are needed to classify</source>
        <translation>{row}：需要从业人员数和资产总额才能划型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="114"/>
        <source>{row}: revenue and total assets are needed to classify</source>
        <translation>{row}：需要营业收入和资产总额才能划型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="117"/>
        <source>{row}: employees, revenue and total assets are needed to classify</source>
        <translation>{row}：需要从业人员数、营业收入和资产总额才能划型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="122"/>
        <source>No industry code: choose an industry to classify</source>
        <translation>未填写行业代码：请选择所属行业后再划型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="123"/>
        <source>Unknown industry code {code}: cannot classify</source>
        <translation>未知的行业代码 {code}：无法划型</translation>
    </message>
    <message>
        <location filename="../../app/classification.py" line="124"/>
        <source>Industry code {code} spans several size rules: choose a division to classify</source>
        <translation>行业代码 {code} 涉及多个划型标准：请选择到行业大类</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../app/stages.py" line="35"/>
        <source>Draft</source>
        <extracomment>Application statuses before submission (completeness decides draft vs documents complete). The stages in funnel order. English label of each stage (context ``Stage``), for the UI.</extracomment>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/stages.py" line="36"/>
        <source>Documents complete</source>
        <translation>资料齐全</translation>
    </message>
    <message>
        <location filename="../../app/stages.py" line="37"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../app/stages.py" line="38"/>
        <source>Under review</source>
        <translation>审批中</translation>
    </message>
    <message>
        <location filename="../../app/stages.py" line="39"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../app/stages.py" line="40"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/stages.py" line="41"/>
        <source>More documents requested</source>
        <translation>需补充资料</translation>
    </message>
    <message>
        <location filename="../../app/stages.py" line="42"/>
        <source>Disbursed</source>
        <translation>已放款</translation>
    </message>
</context>
<context>
    <name>StatementItem</name>
    <message>
        <location filename="../../ui/scoring/texts.py" line="29"/>
        <source>Revenue</source>
        <extracomment>Statement items as the form names them (English source, context ``&quot;StatementItem&quot;``).</extracomment>
        <translation>营业收入</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="30"/>
        <source>Net profit</source>
        <translation>净利润</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="31"/>
        <source>Total assets</source>
        <translation>资产总额</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="32"/>
        <source>Total liabilities</source>
        <translation>负债总额</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="33"/>
        <source>Current assets</source>
        <translation>流动资产</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="34"/>
        <source>Current liabilities</source>
        <translation>流动负债</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="35"/>
        <source>Operating cash flow</source>
        <translation>经营活动现金流量</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="36"/>
        <source>Inventory</source>
        <translation>存货</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/texts.py" line="37"/>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
</context>
<context>
    <name>StatementsEditor</name>
    <message>
        <location filename="../../ui/scoring/statements.py" line="133"/>
        <source>Period end</source>
        <extracomment>How many years of statements the form shows. A stored statement whose period end was changed here (it goes away). A figure, date or the audited mark was changed by the RM.</extracomment>
        <translation>报表截止日</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/statements.py" line="134"/>
        <source>Audited</source>
        <translation>经审计</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/statements.py" line="138"/>
        <source>The statement is audited</source>
        <translation>该报表经过审计</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/statements.py" line="282"/>
        <source>{item} ({period}): {problem}</source>
        <translation>{item}（{period}）：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/statements.py" line="289"/>
        <source>Enter the period end of each statement</source>
        <translation>请填写每期报表的截止日</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/statements.py" line="292"/>
        <source>Two statements end on {period}</source>
        <translation>有两期报表截止日均为 {period}</translation>
    </message>
    <message>
        <location filename="../../ui/scoring/statements.py" line="296"/>
        <source>The period end {period} is in the future</source>
        <translation>截止日 {period} 晚于今天</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../app/sync/errors.py" line="14"/>
        <source>The sync server {server} cannot be reached: check the network and try again. Your changes are kept on this laptop.</source>
        <translation>无法连接同步服务器 {server}：请检查网络后重试。您的修改已保留在本机。</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="19"/>
        <source>The connection to the sync server was interrupted: try again. Nothing is lost; the next sync continues where this one stopped.</source>
        <translation>与同步服务器的连接已中断，请重试。数据不会丢失，下次同步将从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="24"/>
        <source>The sync server&apos;s certificate is not trusted: check the server address and the bank&apos;s CA bundle ({detail})</source>
        <translation>同步服务器的证书不受信任：请检查服务器地址和本行 CA 证书包（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="29"/>
        <source>Not signed in: sign in to the sync server first</source>
        <translation>未登录：请先登录同步服务器</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="30"/>
        <source>Your sign-in has expired or was ended: sign in again to sync</source>
        <translation>登录已过期或已被终止：请重新登录后再同步</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="33"/>
        <source>Wrong username or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="34"/>
        <source>Too many failed sign-ins: try again in {seconds} seconds</source>
        <translation>登录失败次数过多：请 {seconds} 秒后重试</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="35"/>
        <source>Your account may not do this: {message}</source>
        <translation>您的账号无权执行此操作：{message}</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="36"/>
        <source>This RM Desk is too old for the sync server: please update RM Desk. Your unsynced changes are kept.</source>
        <translation>当前客户经理工作台版本过旧，与同步服务器不兼容：请更新客户经理工作台。尚未同步的修改已保留。</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="41"/>
        <source>The sync server is older than this RM Desk: ask IT to update the server</source>
        <translation>同步服务器版本低于当前客户经理工作台：请联系信息科技部门升级服务器</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="44"/>
        <source>The sync server had a problem (HTTP {status}): try again later. Your changes are kept.</source>
        <translation>同步服务器出现问题（HTTP {status}）：请稍后重试。您的修改已保留。</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="48"/>
        <source>Unexpected answer from the sync server (HTTP {status}): {message}</source>
        <translation>同步服务器返回异常响应（HTTP {status}）：{message}</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="51"/>
        <source>The sign-in cannot be kept safely: no usable system keyring ({detail})</source>
        <translation>无法安全保存登录信息：没有可用的系统密钥环（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="54"/>
        <source>Sync could not write on this laptop: {detail}. Check the free disk space.</source>
        <translation>同步无法写入本机：{detail}。请检查磁盘剩余空间。</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="57"/>
        <source>Sync was stopped; the next sync continues where this one stopped</source>
        <translation>同步已停止，下次同步将从中断处继续</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="60"/>
        <source>A sync of this profile is already running</source>
        <translation>此配置的同步已在进行中</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="61"/>
        <source>This profile is signed in to {current}, not {requested}: sign in there first</source>
        <translation>此配置已登录 {current}，而非 {requested}：请先登录 {requested}</translation>
    </message>
    <message>
        <location filename="../../app/sync/push.py" line="44"/>
        <source>This change cannot be sent: {detail}</source>
        <extracomment>Problems that go away once the record they depend on reaches the server. Problems found on this laptop (the change could not even be sent).</extracomment>
        <translation>此修改无法发送：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/sync/push.py" line="45"/>
        <source>The customer was reassigned to another RM: this change was not sent</source>
        <translation>该客户已移交给其他客户经理：此修改未发送</translation>
    </message>
    <message>
        <location filename="../../app/security/device.py" line="45"/>
        <source>This laptop was reported lost: RM Desk has erased the customer data and the sign-in on it. Ask your branch for a new profile.</source>
        <extracomment>sync_state key: the server&apos;s offline-lock policy in days (written at each sync). What an erased profile folder keeps: when and why (no customer data).</extracomment>
        <translation>此电脑已被报告丢失：客户经理工作台已清除其中的客户数据和登录信息。请向所在支行申请新的档案。</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="14"/>
        <source>This record is not on the server, or it is not in your portfolio</source>
        <translation>服务器上没有这条记录，或它不在您的客户范围内</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="17"/>
        <source>The {parent} this belongs to is not on the server, or not in your portfolio</source>
        <translation>它所属的{parent}不在服务器上，或不在您的客户范围内</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="20"/>
        <source>Not saved because an earlier change it depends on was not saved</source>
        <translation>未保存：它依赖的前一项修改未能保存</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="23"/>
        <source>A record with this id already exists</source>
        <translation>已存在相同编号的记录</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="24"/>
        <source>This record was deleted on the server</source>
        <translation>这条记录已在服务器上删除</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="25"/>
        <source>This record is final ({state}) and can no longer change</source>
        <translation>这条记录已定稿（{state}），不能再修改</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="28"/>
        <source>Only the bank&apos;s systems change these records</source>
        <translation>这些记录只能由银行系统修改</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="29"/>
        <source>This is an audit record: it cannot be changed or deleted</source>
        <translation>这是审计记录，不能修改或删除</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="32"/>
        <source>The server does not know this field</source>
        <translation>服务器不认识这个字段</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="33"/>
        <source>This field cannot change once saved</source>
        <translation>该字段保存后不能修改</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="34"/>
        <source>This must be filled in</source>
        <translation>此项必填</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="35"/>
        <source>Expected {expected}</source>
        <translation>应为{expected}</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="36"/>
        <source>Too long: at most {maximum} characters, this has {length}</source>
        <translation>太长：最多 {maximum} 个字符，当前 {length} 个</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="39"/>
        <source>“{value}” is not one of the choices</source>
        <translation>“{value}”不在可选项中</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="40"/>
        <source>The linked {entity} is not on the server or belongs to another customer</source>
        <translation>关联的{entity}不在服务器上，或属于其他客户</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="43"/>
        <source>The status cannot change from {current} to {target} here</source>
        <translation>状态不能在此从{current}改为{target}</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="46"/>
        <source>The application is {status}: it can no longer be edited</source>
        <translation>该申请已{status}，不能再编辑</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="49"/>
        <source>This change id was already used for a different change</source>
        <translation>这个修改编号已被另一项修改使用</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="52"/>
        <source>A deleted record cannot be restored</source>
        <translation>已删除的记录不能恢复</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="53"/>
        <source>The file size must be between 1 byte and {maximum} bytes</source>
        <translation>文件大小必须在 1 字节到 {maximum} 字节之间</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="56"/>
        <source>The file hash must be 64 lower-case hexadecimal characters</source>
        <translation>文件哈希必须是 64 位小写十六进制字符</translation>
    </message>
    <message>
        <location filename="../../server/sync/problems.py" line="59"/>
        <source>{message}</source>
        <translation>{message}</translation>
    </message>
</context>
<context>
    <name>SyncConflictsView</name>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="37"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="38"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="39"/>
        <source>This laptop</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="40"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="41"/>
        <source>Before both</source>
        <translation>修改前</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync/controller.py" line="361"/>
        <source>This could not be saved: {error}</source>
        <extracomment>Seconds between two progress updates of the same phase. Tables whose changes the Sync page does not care about (autosaved drafts). Errors after which the engine (and its access token) is dropped. The account, pending counts and last report were read (``SyncStatus``). A run started. Where the run stands (``SyncProgress``). A run ended (``SyncReport``; ``error`` set when it failed or could not start). Conflicts and refused changes were read: (list[ConflictView], list[RejectedView]). Customer names were looked up (``names`` has them). Something to tell the RM (already translated). Customer id → name, for naming records.</extracomment>
        <translation>无法保存：{error}</translation>
    </message>
</context>
<context>
    <name>SyncDecision</name>
    <message>
        <location filename="../../ui/sync/texts.py" line="52"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="53"/>
        <source>declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="54"/>
        <source>more documents requested</source>
        <translation>需补充资料</translation>
    </message>
</context>
<context>
    <name>SyncEntity</name>
    <message>
        <location filename="../../ui/sync/texts.py" line="33"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="34"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="35"/>
        <source>Other bank relationship</source>
        <translation>他行业务</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="36"/>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="37"/>
        <source>Checklist item</source>
        <translation>清单项</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="38"/>
        <source>Document</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="39"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="40"/>
        <source>Financial statement</source>
        <translation>财务报表</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="41"/>
        <source>Scorecard</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="42"/>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="43"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="44"/>
        <source>Risk alert</source>
        <translation>风险预警</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="45"/>
        <source>Follow-up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="46"/>
        <source>Reveal of an ID number or phone</source>
        <translation>证件号码或电话查看记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="47"/>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="48"/>
        <source>Segment plan</source>
        <translation>细分市场规划</translation>
    </message>
</context>
<context>
    <name>SyncField</name>
    <message>
        <location filename="../../ui/sync/texts.py" line="59"/>
        <source>Amount</source>
        <extracomment>Labels of fields outside the customer profile (context &quot;SyncField&quot;).</extracomment>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="60"/>
        <source>Term (months)</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="61"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="62"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="63"/>
        <source>Collateral</source>
        <translation>担保方式</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="64"/>
        <source>Collateral description</source>
        <translation>担保说明</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="65"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="66"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="67"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="68"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="69"/>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="70"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="71"/>
        <source>Issued on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="72"/>
        <source>Expires on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="73"/>
        <source>Waiver reason</source>
        <translation>豁免原因</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="74"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="75"/>
        <source>Resolution note</source>
        <translation>解除说明</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="76"/>
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="77"/>
        <source>Planned end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="78"/>
        <source>Period end</source>
        <translation>报表截止日</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="79"/>
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="80"/>
        <source>Net profit</source>
        <translation>净利润</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="240"/>
        <location filename="../../ui/pages/sync.py" line="425"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="360"/>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="361"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="362"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="363"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="368"/>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="369"/>
        <source>Conflicts ({n})</source>
        <translation>冲突（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="371"/>
        <source>Refused changes ({n})</source>
        <translation>被拒绝的修改（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="397"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="400"/>
        <source>Not signed in. Sign in to sync with the branch server.</source>
        <translation>未登录。登录后即可与分行服务器同步。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="402"/>
        <source>Signed out of {server} ({user}). Sign in again to sync.</source>
        <translation>已退出 {server}（{user}）。请重新登录后同步。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="405"/>
        <source>Signed in as {user} to {server}</source>
        <translation>已以 {user} 登录 {server}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="414"/>
        <source>Changes waiting to be sent: {n}. Last successful sync: {time}</source>
        <translation>待发送修改：{n}。上次成功同步：{time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="417"/>
        <source>Changes waiting to be sent: {n}. Never synced.</source>
        <translation>待发送修改：{n}。尚未同步过。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="429"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="441"/>
        <source>Sync completed at {time}</source>
        <translation>同步已于 {time} 完成</translation>
    </message>
</context>
<context>
    <name>SyncPhase</name>
    <message>
        <location filename="../../ui/sync/texts.py" line="24"/>
        <source>Sending changes</source>
        <translation>正在发送修改</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="25"/>
        <source>Receiving changes</source>
        <translation>正在接收修改</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="26"/>
        <source>Uploading files</source>
        <translation>正在上传文件</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="27"/>
        <source>Downloading files</source>
        <translation>正在下载文件</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="28"/>
        <source>Refreshing reference data</source>
        <translation>正在更新参考数据</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="29"/>
        <source>Finishing</source>
        <translation>正在完成</translation>
    </message>
</context>
<context>
    <name>SyncRejectedView</name>
    <message>
        <location filename="../../ui/sync/rejected_view.py" line="31"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync/rejected_view.py" line="32"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/sync/rejected_view.py" line="33"/>
        <source>Why the server refused it</source>
        <translation>服务器拒绝原因</translation>
    </message>
</context>
<context>
    <name>SyncReportView</name>
    <message>
        <location filename="../../ui/sync/report_view.py" line="41"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="42"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync/report_view.py" line="43"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>SyncSettingsRows</name>
    <message>
        <location filename="../../ui/sync/settings_rows.py" line="46"/>
        <source>Automatic sync</source>
        <extracomment>A value changed (save the settings).</extracomment>
        <translation>自动同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings_rows.py" line="47"/>
        <source>Day-end sync at</source>
        <translation>日终同步时间</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings_rows.py" line="48"/>
        <source>Sync when the branch server can be reached</source>
        <translation>能连接支行服务器时自动同步</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../ui/sync/texts.py" line="169"/>
        <source>{phase}: {done} of {total} ({size} of {size_total})</source>
        <extracomment>Money columns (wire value: yuan as text), shown and edited in 万元. Contexts a problem template from the server may come from, tried in order.</extracomment>
        <translation>{phase}：{done} / {total}（{size} / {size_total}）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="180"/>
        <source>{phase}: {done} so far</source>
        <translation>{phase}：已处理 {done}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="183"/>
        <source>{phase}…</source>
        <translation>{phase}…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="184"/>
        <source>{phase}: {done} of {total}</source>
        <translation>{phase}：{done} / {total}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="209"/>
        <source>{entity}: {name}</source>
        <translation>{entity}：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="212"/>
        <source>{entity} {id}</source>
        <translation>{entity} {id}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="263"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="268"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="270"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="279"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="300"/>
        <source>Application of {customer}: {status}</source>
        <translation>{customer}的申请：{status}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="303"/>
        <source>Application: {status}</source>
        <translation>申请：{status}</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../app/visits/today.py" line="32"/>
        <source>Documents missing: {missing}; expiring soon: {expiring}</source>
        <extracomment>Inspections due within this many days show on the Today page. English template of an application&apos;s row (context ``Today``).</extracomment>
        <translation>缺少资料：{missing}；即将过期：{expiring}</translation>
    </message>
</context>
<context>
    <name>TodayBoard</name>
    <message>
        <location filename="../../ui/visits/today_board.py" line="189"/>
        <source>Visits today and overdue</source>
        <extracomment>A summary was read and is shown.</extracomment>
        <translation>今日及逾期拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="190"/>
        <source>Follow-ups due</source>
        <translation>到期跟进事项</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="191"/>
        <source>Inspections due</source>
        <translation>到期贷后检查</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="192"/>
        <source>Open alerts</source>
        <translation>未解除预警</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="193"/>
        <source>No visit planned today.</source>
        <translation>今日没有计划中的拜访。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="194"/>
        <source>No follow-up is due.</source>
        <translation>没有到期的跟进事项。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="195"/>
        <source>No post-loan inspection is due this week.</source>
        <translation>本周没有到期的贷后检查。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="196"/>
        <source>No open alert.</source>
        <translation>没有未解除的预警。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="197"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="197"/>
        <location filename="../../ui/visits/today_board.py" line="199"/>
        <location filename="../../ui/visits/today_board.py" line="201"/>
        <location filename="../../ui/visits/today_board.py" line="203"/>
        <location filename="../../ui/visits/today_board.py" line="207"/>
        <location filename="../../ui/visits/today_board.py" line="209"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="197"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="199"/>
        <location filename="../../ui/visits/today_board.py" line="201"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="199"/>
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="201"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="203"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="203"/>
        <source>Raised</source>
        <translation>触发时间</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="203"/>
        <source>Signal</source>
        <translation>预警信号</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="205"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="206"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="208"/>
        <source>Plan inspection</source>
        <translation>安排检查</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="237"/>
        <source>{type}: {purpose}</source>
        <translation>{type}：{purpose}</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="249"/>
        <source>Planned. {reason}</source>
        <translation>已计划。{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/visits/today_board.py" line="274"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today.py" line="231"/>
        <source>Today, {date}</source>
        <translation>今日 · {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="232"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="233"/>
        <source>Active</source>
        <translation>已生效</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="234"/>
        <source>Drafts to finish</source>
        <translation>待完善草稿</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="235"/>
        <source>Unsynced changes</source>
        <translation>未同步更改</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/validation.py" line="79"/>
        <source>This must be filled in before the customer can be marked complete</source>
        <extracomment>No enterprise registered in the PRC before the PRC was founded. Longest text per field; every other text field allows :data:`MAX_TEXT_LENGTH`. What must be filled in before a customer can be marked complete. The English template of each problem code (context &quot;Validation&quot;).</extracomment>
        <translation>标记为资料齐全前必须填写此项</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="82"/>
        <source>Too long: at most {maximum} characters, this has {length}</source>
        <translation>过长：最多 {maximum} 个字符，当前 {length} 个</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="85"/>
        <source>“{value}” is not one of the choices</source>
        <translation>“{value}”不是可选项之一</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="86"/>
        <source>A unified social credit code has 18 characters; this one has {length}</source>
        <translation>统一社会信用代码应为 18 位，当前为 {length} 位</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="89"/>
        <source>These characters never appear in a unified social credit code: {characters}</source>
        <translation>统一社会信用代码中不会出现这些字符：{characters}</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="92"/>
        <source>Characters 3 to 8 of the code (the region code) must be digits</source>
        <translation>第 3 至 8 位（行政区划码）必须是数字</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="95"/>
        <source>The check character is wrong: expected {expected}. Please check the code for a typing error</source>
        <translation>校验码不正确：应为 {expected}。请检查是否输入有误</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="100"/>
        <source>A resident ID number has 18 characters; this one has {length}</source>
        <translation>居民身份证号码应为 18 位，当前为 {length} 位</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="103"/>
        <source>The first 17 characters must be digits and the last a digit or X</source>
        <translation>前 17 位必须是数字，最后一位为数字或 X</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="106"/>
        <source>Characters 7 to 14 ({digits}) are not a real birth date</source>
        <translation>第 7 至 14 位（{digits}）不是有效的出生日期</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="109"/>
        <source>The birth date in the number ({date}) is in the future</source>
        <translation>号码中的出生日期（{date}）晚于今天</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="112"/>
        <source>The birth date in the number ({date}) is too long ago</source>
        <translation>号码中的出生日期（{date}）过早</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="115"/>
        <source>The first 6 digits ({region}) are not a known region code</source>
        <translation>前 6 位（{region}）不是有效的行政区划代码</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="118"/>
        <source>The last character does not match the other digits. Please check the number for a typing error</source>
        <translation>校验码与前面的数字不符。请检查是否输入有误</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="123"/>
        <source>A mobile number has 11 digits; this one has {length}</source>
        <translation>手机号码应为 11 位，当前为 {length} 位</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="126"/>
        <source>Enter an 11-digit mobile number beginning 13 to 19, e.g. 138 0013 8000</source>
        <translation>请输入以 13 至 19 开头的 11 位手机号码，例如 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="129"/>
        <source>Enter a mobile number, or a landline with its area code, e.g. 0571-8888 6666</source>
        <translation>请输入手机号码，或带区号的固定电话，例如 0571-8888 6666</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="132"/>
        <source>The date {date} is in the future</source>
        <translation>日期 {date} 晚于今天</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="133"/>
        <source>The date {date} is too early: it cannot be before {earliest}</source>
        <translation>日期 {date} 过早：不能早于 {earliest}</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="136"/>
        <source>This is not an amount</source>
        <translation>这不是有效的金额</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="137"/>
        <source>The amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="138"/>
        <source>The amount is too large: it must be less than {maximum} CNY</source>
        <translation>金额过大：必须小于 {maximum} 元</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="141"/>
        <source>Amounts are kept to the fen (0.01 CNY): there are too many decimal places</source>
        <translation>金额精确到分（0.01 元）：小数位过多</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="144"/>
        <source>The number of employees must be between {minimum} and {maximum}</source>
        <translation>从业人员数必须在 {minimum} 至 {maximum} 之间</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="147"/>
        <source>Enter an industry code: a section letter A to T, or 2 to 4 digits with or without the letter, e.g. C or C3311</source>
        <translation>请输入行业代码：门类字母 A 至 T，或 2 至 4 位数字（可带门类字母），例如 C 或 C3311</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="152"/>
        <source>Enter the contact&apos;s name</source>
        <translation>请填写联系人姓名</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="153"/>
        <source>Enter the contact&apos;s phone number</source>
        <translation>请填写联系人电话</translation>
    </message>
</context>
<context>
    <name>Validity</name>
    <message>
        <location filename="../../app/checklist_rules.py" line="260"/>
        <source>No dates to check</source>
        <extracomment>The condition keys and what each takes. Full calendar months since registration; None when unknown. Amount applied for, in yuan; None when not yet known.</extracomment>
        <translation>无需核对日期</translation>
    </message>
    <message>
        <location filename="../../app/checklist_rules.py" line="261"/>
        <source>Enter the document&apos;s date</source>
        <translation>请填写资料日期</translation>
    </message>
    <message>
        <location filename="../../app/checklist_rules.py" line="262"/>
        <source>The document&apos;s date {issued_on} is after today</source>
        <translation>资料日期 {issued_on} 晚于今天</translation>
    </message>
    <message>
        <location filename="../../app/checklist_rules.py" line="263"/>
        <source>Dated {issued_on}: usable for {months} months, through {last_day}</source>
        <translation>日期 {issued_on}：{months} 个月内有效，可用至 {last_day}</translation>
    </message>
    <message>
        <location filename="../../app/checklist_rules.py" line="266"/>
        <source>Dated {issued_on}: older than {months} months since {valid_until}</source>
        <translation>日期 {issued_on}：自 {valid_until} 起已超过 {months} 个月</translation>
    </message>
    <message>
        <location filename="../../app/checklist_rules.py" line="269"/>
        <source>Enter the expiry date</source>
        <translation>请填写到期日</translation>
    </message>
    <message>
        <location filename="../../app/checklist_rules.py" line="270"/>
        <source>Long-term: no expiry date</source>
        <translation>长期有效：无到期日</translation>
    </message>
    <message>
        <location filename="../../app/checklist_rules.py" line="271"/>
        <source>Valid through {expires_on}</source>
        <translation>有效期至 {expires_on}</translation>
    </message>
    <message>
        <location filename="../../app/checklist_rules.py" line="272"/>
        <source>Expired: it was valid through {expires_on}</source>
        <translation>已过期：有效期至 {expires_on}</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <location filename="../../app/visits/service.py" line="179"/>
        <source>Too long: at most {max} characters</source>
        <translation>过长：最多 {max} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/visits/service.py" line="239"/>
        <source>Choose the type of visit</source>
        <translation>请选择拜访类型</translation>
    </message>
    <message>
        <location filename="../../app/visits/service.py" line="247"/>
        <source>Enter when the visit is planned</source>
        <translation>请填写计划拜访时间</translation>
    </message>
    <message>
        <location filename="../../app/visits/service.py" line="269"/>
        <location filename="../../ui/visits/visit_form.py" line="210"/>
        <source>The visit must end after it starts</source>
        <translation>结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <location filename="../../app/visits/service.py" line="326"/>
        <location filename="../../app/visits/types.py" line="55"/>
        <source>This visit is cancelled: plan it again first</source>
        <translation>该拜访已取消：请先重新安排</translation>
    </message>
    <message>
        <location filename="../../app/visits/service.py" line="331"/>
        <source>The type of a done visit cannot change</source>
        <translation>已完成拜访的类型不能修改</translation>
    </message>
    <message>
        <location filename="../../app/visits/service.py" line="347"/>
        <source>Only a planned visit can be moved</source>
        <translation>只有计划中的拜访可以改期</translation>
    </message>
    <message>
        <location filename="../../app/visits/service.py" line="400"/>
        <location filename="../../app/visits/types.py" line="54"/>
        <source>This visit is done and can no longer change</source>
        <extracomment>Allowed status moves.</extracomment>
        <translation>该拜访已完成，不能再修改</translation>
    </message>
    <message>
        <location filename="../../app/visits/templates.py" line="112"/>
        <source>This visit type has no check {check}</source>
        <extracomment>Longest text answer, in characters.</extracomment>
        <translation>该拜访类型没有检查项 {check}</translation>
    </message>
    <message>
        <location filename="../../app/visits/templates.py" line="122"/>
        <source>{name}: answer yes or no</source>
        <translation>{name}：请回答是或否</translation>
    </message>
    <message>
        <location filename="../../app/visits/templates.py" line="123"/>
        <source>{name}: enter text of at most {max} characters</source>
        <translation>{name}：请填写不超过 {max} 个字符的文字</translation>
    </message>
    <message>
        <location filename="../../app/visits/templates.py" line="124"/>
        <source>{name}: enter a number</source>
        <translation>{name}：请填写数字</translation>
    </message>
    <message>
        <location filename="../../app/visits/types.py" line="58"/>
        <source>This visit is still planned</source>
        <translation>该拜访仍在计划中</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/visits/dialog.py" line="246"/>
        <source>New visit</source>
        <extracomment>The visit (or the customer) was read and the form can be used. The visit was written (its id); the dialog closes. The photos and files shown changed. Writes sent to the background and not yet answered. The visit could not be read for a passing reason: its draft (if a crash left one) is kept for the next opening, not thrown away on close. What the files panel shows and what its Add and Remove write.</extracomment>
        <translation>新建拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="249"/>
        <source>Log a visit: {customer}</source>
        <translation>记录拜访：{customer}</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="250"/>
        <source>Planned visit: {customer}</source>
        <translation>计划中的拜访：{customer}</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="251"/>
        <source>Visit: {customer}</source>
        <translation>拜访：{customer}</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="252"/>
        <source>Cancelled visit: {customer}</source>
        <translation>已取消的拜访：{customer}</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_fields.py" line="187"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_fields.py" line="190"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_fields.py" line="191"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_fields.py" line="192"/>
        <source>Planned</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_fields.py" line="193"/>
        <source>Took place</source>
        <translation>实际时间</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_fields.py" line="194"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_fields.py" line="195"/>
        <source>Bank attendees</source>
        <translation>我行参与人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_fields.py" line="196"/>
        <source>Customer attendees</source>
        <translation>客户方参与人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_fields.py" line="197"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_fields.py" line="201"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_fields.py" line="204"/>
        <source>Times are Beijing time ({zone})</source>
        <translation>时间均为北京时间（{zone}）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_fields.py" line="209"/>
        <location filename="../../ui/visits/visit_fields.py" line="212"/>
        <source>Names, separated by commas</source>
        <translation>姓名，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_fields.py" line="215"/>
        <source>Address or place</source>
        <translation>地址或地点</translation>
    </message>
    <message>
        <location filename="../../ui/visits/draft_banner.py" line="60"/>
        <source>Restore</source>
        <extracomment>Restore was clicked: the draft offered, to put back into the form.</extracomment>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/visits/draft_banner.py" line="61"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="259"/>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="260"/>
        <source>Cancel visit…</source>
        <translation>取消拜访…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="261"/>
        <source>Plan again</source>
        <translation>重新计划</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="263"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="263"/>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="265"/>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="266"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_tabs.py" line="69"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_tabs.py" line="72"/>
        <source>On-site checks ({count})</source>
        <translation>现场核查（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_tabs.py" line="76"/>
        <source>On-site checks</source>
        <translation>现场核查</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_tabs.py" line="80"/>
        <source>Risk signals ({count})</source>
        <translation>预警信号（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_tabs.py" line="82"/>
        <source>Risk signals</source>
        <translation>预警信号</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_tabs.py" line="86"/>
        <source>Follow-ups ({count})</source>
        <translation>跟进事项（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_tabs.py" line="88"/>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_tabs.py" line="92"/>
        <source>Photos and files ({count})</source>
        <translation>照片和文件（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_tabs.py" line="96"/>
        <source>Photos and files</source>
        <translation>照片和文件</translation>
    </message>
    <message>
        <location filename="../../ui/visits/draft_banner.py" line="67"/>
        <source>Unsaved typing from {time} was kept. Restore it?</source>
        <translation>已保留 {time} 未保存的输入内容。是否恢复？</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="336"/>
        <source>This visit no longer exists.</source>
        <translation>此拜访已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="338"/>
        <source>The visit could not be loaded: {error}</source>
        <translation>无法加载拜访：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="353"/>
        <source>Cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_form.py" line="192"/>
        <source>Choose the customer</source>
        <translation>请选择客户</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="483"/>
        <source>Say why the visit is cancelled</source>
        <translation>请填写取消拜访的原因</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="486"/>
        <location filename="../../ui/visits/dialog.py" line="489"/>
        <source>Cancel visit</source>
        <translation>取消拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="487"/>
        <source>Why is this visit cancelled?</source>
        <translation>为什么取消此次拜访？</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="488"/>
        <source>e.g. the owner is travelling</source>
        <translation>例如：企业主出差</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="490"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="544"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="594"/>
        <source>Export to calendar</source>
        <translation>导出到日历</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="594"/>
        <source>Calendar (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="606"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="610"/>
        <source>The calendar file could not be written: {error}</source>
        <translation>无法写入日历文件：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="634"/>
        <source>Close the visit</source>
        <translation>关闭拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="635"/>
        <source>Throw away what you entered?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="636"/>
        <source>Throw away</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../ui/visits/dialog.py" line="637"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>VisitFilesPanel</name>
    <message>
        <location filename="../../ui/visits/files.py" line="77"/>
        <source>Add photos or files…</source>
        <extracomment>Files were chosen or dropped (a list of paths).</extracomment>
        <translation>添加照片或文件…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/files.py" line="78"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/visits/files.py" line="80"/>
        <source>Drop photos (JPEG, PNG, HEIC) or PDFs here. Double-click one to see it large.</source>
        <translation>将照片（JPEG、PNG、HEIC）或 PDF 拖放到此处。双击可查看大图。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/files.py" line="97"/>
        <source>Add photos or files</source>
        <translation>添加照片或文件</translation>
    </message>
    <message>
        <location filename="../../ui/visits/files.py" line="99"/>
        <source>Photos and PDFs ({patterns});;All files (*)</source>
        <translation>照片和 PDF ({patterns});;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <location filename="../../ui/visits/texts.py" line="29"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../ui/visits/texts.py" line="30"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/visits/texts.py" line="31"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>VisitTexts</name>
    <message>
        <location filename="../../ui/visits/texts.py" line="152"/>
        <source>It was deleted meanwhile.</source>
        <extracomment>Text and background colours of each severity (critical is the darkest red).</extracomment>
        <translation>该记录已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/texts.py" line="153"/>
        <source>Something went wrong: {error}</source>
        <translation>出现错误：{error}</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="190"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="191"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="192"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="193"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="194"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="195"/>
        <source>New visit</source>
        <translation>新建拜访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="196"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="197"/>
        <source>Due</source>
        <translation>到期事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="198"/>
        <source>Nothing is due.</source>
        <translation>没有到期事项。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="199"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="200"/>
        <source>Plan inspection</source>
        <translation>安排检查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="212"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="219"/>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="307"/>
        <source>{time} · {type}</source>
        <translation>{time} · {type}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="315"/>
        <source>Overdue: {visit}</source>
        <translation>已逾期：{visit}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="320"/>
        <source>{date} · post-loan inspection due</source>
        <translation>{date} · 贷后检查到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="390"/>
        <source>Not moved: {reason}</source>
        <translation>未改期：{reason}</translation>
    </message>
</context>
<context>
    <name>WaiveDialog</name>
    <message>
        <location filename="../../ui/applications/waive.py" line="56"/>
        <source>Waive a document</source>
        <translation>免收资料</translation>
    </message>
    <message>
        <location filename="../../ui/applications/waive.py" line="57"/>
        <source>Why is “{name}” not needed?</source>
        <translation>为什么不需要“{name}”？</translation>
    </message>
    <message>
        <location filename="../../ui/applications/waive.py" line="58"/>
        <source>e.g. approved by the branch head</source>
        <translation>例如 经支行负责人同意</translation>
    </message>
    <message>
        <location filename="../../ui/applications/waive.py" line="59"/>
        <source>Waive</source>
        <translation>免收</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <location filename="../../ui/visits/checks.py" line="61"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/visits/checks.py" line="62"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
</TS>
