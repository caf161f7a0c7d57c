"""The packet's own words, in both languages: ``{key: (zh, en)}``.

The packet is printed without Qt, so it cannot use the UI's translators. Texts
the app already translates (size rules, eligibility reasons, validity, states,
profile field names) are looked up in the UI's translation file instead (see
:mod:`app.packet.translate`); this table holds only what the packet alone says.
Placeholders are ``{name}`` and are filled with :meth:`str.format`.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["zh_CN", "en"]
LANGS: tuple[Lang, ...] = ("zh_CN", "en")

LABELS: dict[str, tuple[str, str]] = {
    # The document --------------------------------------------------------------
    "title": ("小微企业授信申请资料", "SME Credit Application Packet"),
    "subject": ("授信申请资料（打印件）", "Credit application packet (printed)"),
    "confidential": ("内部资料 注意保密", "Confidential: for internal use"),
    "page_of": ("第 {page} 页 / 共 {pages} 页", "Page {page} of {pages}"),
    "printed_by": ("打印：{rm}  {time}", "Printed by {rm}, {time}"),
    "watermark": ("客户经理 {rm}  {time} 打印", "RM {rm} · printed {time}"),
    "check_code": ("核验码 {code}", "Check code {code}"),
    "none": ("无", "None"),
    "dash": ("—", "—"),
    "colon": ("：", ": "),
    "yes": ("是", "Yes"),
    "no": ("否", "No"),
    "wan": ("万元", "10k CNY"),
    "months": ("{n} 个月", "{n} months"),
    "persons": ("{n} 人", "{n} persons"),
    "percent": ("{n}%", "{n}%"),
    "date_long": ("{y}年{m}月{d}日", "{d} {month} {y}"),
    "blank_date": ("日期：________年____月____日", "Date: ____________________"),
    # The cover -----------------------------------------------------------------
    "cover_application_no": ("申请编号", "Application No."),
    "cover_full_id": ("完整编号", "Full application ID"),
    "cover_customer": ("申请人（借款人）", "Applicant (borrower)"),
    "cover_product": ("申请产品", "Product"),
    "cover_amount": ("申请金额", "Amount applied for"),
    "cover_term": ("申请期限", "Term"),
    "cover_purpose": ("借款用途", "Purpose"),
    "cover_collateral": ("担保方式", "Collateral"),
    "cover_collateral_description": ("担保说明", "Collateral details"),
    "cover_status": ("申请状态", "Status"),
    "cover_completeness": ("资料完整度", "Completeness"),
    "cover_rm": ("客户经理", "Relationship manager"),
    "cover_date": ("资料日期", "As of"),
    "cover_printed": ("打印时间", "Printed"),
    "cover_qr": (
        "扫码核验：二维码载有申请编号与资料摘要（SHA-256），可据同步记录重新计算并核对本打印件。",
        "Scan to check: the code carries the application ID and the SHA-256 digest of the packet"
        " data, which the branch can recompute from the synced records.",
    ),
    "cover_digest": ("资料摘要（SHA-256）", "Packet data digest (SHA-256)"),
    "cover_contents": ("目录", "Contents"),
    # Sections --------------------------------------------------------------------
    "section_cover": ("封面", "Cover"),
    "section_profile": ("一、客户基本信息与身份识别", "1. Customer profile and KYC"),
    "section_size": ("二、企业规模与准入", "2. Enterprise size and eligibility"),
    "section_financials": ("三、财务摘要", "3. Financial summary"),
    "section_scorecard": ("四、信用评分", "4. Credit scorecard"),
    "section_checklist": ("五、资料清单", "5. Document checklist"),
    "section_visits": ("六、走访记录与风险预警", "6. Visits and risk alerts"),
    "section_declaration": ("七、客户经理声明", "7. Relationship manager's declaration"),
    "section_signatures": ("八、签字与盖章", "8. Signatures and seals"),
    "section_appendix": ("附件", "Appendix: attachments"),
    # Profile ---------------------------------------------------------------------
    "profile_identity": ("主体信息", "Legal entity"),
    "profile_business": ("经营情况", "Business"),
    "profile_kyc": ("法定代表人与身份识别", "Legal representative and KYC"),
    "profile_contacts": ("其他联系人", "Other contacts"),
    "profile_banks": ("他行业务往来", "Relationships with other banks"),
    "profile_address": ("注册地址", "Registered address"),
    "profile_industry": ("所属行业", "Industry"),
    "profile_id_masked": (
        "证件号码已脱敏，仅显示后 4 位。",
        "ID numbers are masked: only the last 4 characters are shown.",
    ),
    "profile_id_full": ("证件号码完整显示。", "ID numbers are shown in full."),
    # Size and eligibility ----------------------------------------------------------
    "size_heading": ("企业规模划型", "Enterprise size"),
    "size_result": ("划型结果", "Size"),
    "size_rule": ("依据", "Rule applied"),
    "size_standard": ("标准", "Standard"),
    "size_standard_text": (
        "《中小企业划型标准规定》（工信部联企业〔2011〕300号）",
        "SME size standard of 2011 (MIIT and others, No. 300 [2011])",
    ),
    "size_unknown": ("无法划型", "Not classified"),
    "eligibility_heading": ("小企业业务准入", "SME business boundary"),
    "eligibility_result": ("准入结论", "Conclusion"),
    "eligibility_undecided": ("数据不全，待定", "Undecided: data missing"),
    "eligibility_check": ("检查项", "Check"),
    "eligibility_outcome": ("结果", "Result"),
    "eligibility_reason": ("说明", "Reason"),
    "check_registration": ("境内注册", "PRC registration"),
    "check_total_assets": ("资产总额", "Total assets"),
    "check_exposure": ("授信敞口", "Credit exposure"),
    "check_passed": ("通过", "Passed"),
    "check_failed": ("未通过", "Failed"),
    "check_missing": ("缺少数据", "Data missing"),
    # Financials ------------------------------------------------------------------
    "fin_none": ("尚未录入财务报表。", "No financial statements have been entered."),
    "fin_item": ("项目（万元）", "Item (10k CNY)"),
    "fin_period": ("{date}", "{date}"),
    "fin_audited": ("经审计", "Audited"),
    "fin_unaudited": ("未经审计", "Unaudited"),
    "fin_ratios": ("财务指标", "Ratios"),
    "fin_ratio": ("指标", "Ratio"),
    "fin_value": ("数值", "Value"),
    "fin_ratio_note": (
        "指标按最近一期报表计算；增长率与总资产收益率使用上一年度报表。",
        "Ratios use the latest statement; growth and return on assets also use the previous"
        " year's.",
    ),
    "stmt_revenue": ("营业收入", "Revenue"),
    "stmt_net_profit": ("净利润", "Net profit"),
    "stmt_total_assets": ("资产总额", "Total assets"),
    "stmt_total_liabilities": ("负债总额", "Total liabilities"),
    "stmt_current_assets": ("流动资产", "Current assets"),
    "stmt_current_liabilities": ("流动负债", "Current liabilities"),
    "stmt_operating_cash_flow": ("经营活动现金流量净额", "Operating cash flow"),
    "stmt_inventory": ("存货", "Inventory"),
    "stmt_receivables": ("应收账款", "Receivables"),
    "unit_times": ("倍", "times"),
    "unit_per_year": ("次/年", "times a year"),
    # Scorecard -------------------------------------------------------------------
    "score_none": (
        "该客户尚无已提交的信用评分。",
        "The customer has no submitted credit assessment yet.",
    ),
    "score_model": ("评分模型", "Model"),
    "score_submitted": ("提交时间", "Submitted"),
    "score_total": ("总分", "Score"),
    "score_grade": ("评级", "Grade"),
    "score_terms": ("参考条件", "Indicative terms"),
    "score_terms_text": (
        "最高敞口 {exposure} 万元，利率 LPR + {spread} 个基点，最长期限 {tenor} 个月，{collateral}",
        "up to {exposure} 万元, LPR + {spread} bp, at most {tenor} months, {collateral}",
    ),
    "score_terms_none": ("该评级不新增授信", "no new credit at this grade"),
    "score_collateral_required": ("须提供担保", "collateral required"),
    "score_collateral_optional": ("担保可选", "collateral optional"),
    "score_characteristic": ("评分项", "Characteristic"),
    "score_bin": ("取值区间", "Bin"),
    "score_points": ("得分", "Points"),
    "score_baseline": ("基准分", "Baseline"),
    "score_reason": ("原因码", "Reason code"),
    "score_reasons": ("主要扣分原因", "Reason codes"),
    "score_rank": ("序号", "Rank"),
    "score_meaning": ("含义", "Meaning"),
    "score_gap": ("差距", "Gap"),
    "score_no_reasons": ("无扣分原因。", "No reason codes."),
    # Checklist -------------------------------------------------------------------
    "cl_summary": (
        "完整度 {percent}%：必备资料 {required} 项，已齐 {satisfied} 项。",
        "{percent}% complete: {satisfied} of {required} required documents collected.",
    ),
    "cl_blocking": ("尚缺：{items}", "Still missing: {items}"),
    "cl_no": ("序号", "No."),
    "cl_item": ("资料名称", "Document"),
    "cl_required": ("必备", "Required"),
    "cl_status": ("状态", "Status"),
    "cl_validity": ("日期与有效期", "Dates and validity"),
    "cl_notes": ("备注", "Notes"),
    "cl_waived": ("免收理由：{reason}", "Waived: {reason}"),
    "cl_files": ("附件 {n} 个", "{n} file(s)"),
    "cl_issued": ("出具日 {date}", "Dated {date}"),
    "cl_expires": ("到期日 {date}", "Expires {date}"),
    "cl_optional": ("选备", "Optional"),
    "cl_empty": ("该产品无需提交资料。", "This product asks for no documents."),
    # Visits and alerts -----------------------------------------------------------
    "visits_heading": ("走访记录", "Visits"),
    "visits_none": ("暂无走访记录。", "No visits recorded."),
    "visits_more": (
        "仅列出最近 {shown} 次走访（共 {total} 次）。",
        "Only the latest {shown} of {total} visits are listed.",
    ),
    "visit_line": ("{date}  {type}（{status}）", "{date}  {type} ({status})"),
    "visit_location": ("地点：{text}", "Place: {text}"),
    "visit_purpose": ("目的：{text}", "Purpose: {text}"),
    "visit_attendees": (
        "我行人员：{bank}；客户方：{customer}",
        "Bank: {bank}; customer: {customer}",
    ),
    "visit_signals": ("发现的风险信号：{text}", "Risk signals found: {text}"),
    "visit_notes": ("走访纪要：", "Notes:"),
    "visit_planned": ("计划", "planned"),
    "visit_done": ("已完成", "done"),
    "visit_cancelled": ("已取消", "cancelled"),
    "alerts_heading": ("未解除的风险预警", "Open risk alerts"),
    "alerts_none": ("无未解除的风险预警。", "No open risk alerts."),
    "alert_signal": ("预警信号", "Signal"),
    "alert_severity": ("等级", "Severity"),
    "alert_raised": ("发起日期", "Raised"),
    "alert_note": ("记录", "Notes"),
    # Declaration and signatures --------------------------------------------------
    "declaration": (
        "本人作为该客户的客户经理，已按照本行小企业授信业务相关制度对客户进行了实地调查和身份核实。"
        "本资料所载信息真实、准确、完整，所附资料均已与原件核对一致；本人对调查内容的真实性负责。",
        "As this customer's relationship manager I have visited the customer and verified its"
        " identity under the bank's SME credit rules. The information in this packet is true,"
        " accurate and complete, and every attached document has been checked against its"
        " original. I am responsible for the truth of the investigation.",
    ),
    "customer_confirmation": (
        "本企业确认本资料所载本企业信息真实、准确、完整，并同意贵行依法查询、使用本企业及法定代表人的"
        "信用信息用于本次授信审查。",
        "The company confirms that the information about it in this packet is true, accurate and"
        " complete, and agrees that the bank may obtain and use the credit information of the"
        " company and its legal representative for this credit review.",
    ),
    "sign_customer": ("借款人", "Borrower"),
    "sign_bank": ("贷款人（经办行）", "Lender (branch)"),
    "sign_company_seal": ("企业公章", "Company seal"),
    "sign_legal_rep": (
        "法定代表人或授权代理人（签字）",
        "Legal representative or proxy (signature)",
    ),
    "sign_rm": ("客户经理（签字）", "Relationship manager (signature)"),
    "sign_reviewer": ("复核人（签字）", "Reviewer (signature)"),
    "sign_bank_seal": ("经办机构（公章）", "Branch seal"),
    "sign_here": ("（签字/盖章处）", "(sign / seal here)"),
    # Appendix ----------------------------------------------------------------------
    "appendix_toc": ("附件目录", "List of attachments"),
    "appendix_none": ("资料清单中没有附件。", "The checklist has no attachments."),
    "appendix_entry": ("附件 {n}：{item} — {name}", "Attachment {n}: {item} — {name}"),
    "appendix_continued": (
        "附件 {n}（续）第 {page}/{pages} 页",
        "Attachment {n} (continued), page {page} of {pages}",
    ),
    "appendix_pages": ("第 {page}/{pages} 页", "page {page} of {pages}"),
    "appendix_missing": ("（本机无此文件，未能附上）", "(the file is not on this device)"),
    "appendix_unreadable": ("（文件无法读取，未能附上）", "(the file could not be read)"),
    "appendix_encrypted": ("（文件已加密，未能附上）", "(the file is encrypted)"),
    "appendix_unsupported": ("（此格式无法打印，未能附上）", "(this format cannot be printed)"),
}

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def label(key: str, lang: Lang, **params: object) -> str:
    """The packet's text ``key`` in ``lang``, placeholders filled from ``params``."""
    zh, en = LABELS[key]
    text = zh if lang == "zh_CN" else en
    return text.format(**params) if params else text


def pick(pair: tuple[str, str], lang: Lang) -> str:
    """The Chinese or English half of a ``(zh, en)`` pair; the other one if it is empty."""
    zh, en = pair
    return (zh or en) if lang == "zh_CN" else (en or zh)


def month_name(month: int) -> str:
    """The English name of ``month`` (1-12)."""
    return _MONTHS[month - 1]
