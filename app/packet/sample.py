"""A realistic sample application built with the real services (tests, benchmark, demos).

:func:`create_sample_application` adds one customer with three years of
statements, a submitted scorecard, an application whose checklist is partly
collected (received, verified, waived, missing), visits with notes and risk
signals (so open alerts), and optionally a picture and a PDF attachment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from stdnum.cn import ric as stdnum_ric

from app.applications import ApplicationInput, ApplicationService
from app.assessments import AssessmentService
from app.attachment_store import AttachmentStore
from app.checklist import ItemState
from app.customer_profile import BankRelationship, Contact, CustomerProfile
from app.customers import CustomerService
from app.demo import org_code
from app.identifiers import complete_uscc
from app.scoring import shipped_model
from app.visits.service import VisitInput, VisitOutcome, VisitService
from app.visits.times import RM_TIME_ZONE
from db.database import Database

WAN = Decimal(10_000)
SAMPLE_USCC = complete_uscc("91330106" + org_code("14725836"))
_ID_BODY = "33010619780315123"
SAMPLE_ID_NUMBER = _ID_BODY + stdnum_ric.calc_check_digit(_ID_BODY)

NOTES = (
    "一、基本情况：企业主营精密机械零部件加工，现有数控机床42台，厂房位于西湖区工业园，"
    "自有产权约6,800平方米。实际控制人王建国从业二十余年，经营稳定。\n"
    "二、三品三表：核对近12个月电费单，月均用电量约9.6万千瓦时，与开工情况相符；"
    "增值税申报收入与报表收入基本一致；对公账户流水月均结算约420万元。\n"
    "三、库存与订单：成品库存约310万元，周转正常；在手订单约1,850万元，主要客户为省内整机厂。\n"
    "四、担保情况：拟以自有厂房抵押，已初步询价，评估价值约2,600万元。\n"
    "五、结论：经营正常，第一还款来源充足，建议按申请金额上报。"
)


@dataclass(frozen=True)
class SampleApplication:
    """What :func:`create_sample_application` made."""

    application_id: str
    customer_id: str


def _sample_files(folder: Path) -> tuple[Path, Path]:
    """A scanned-looking picture and a two-page PDF in ``folder``."""
    from PIL import Image, ImageDraw
    from reportlab.pdfgen.canvas import Canvas

    from app.packet.styles import FONT, register_font

    folder.mkdir(parents=True, exist_ok=True)
    picture = folder / "licence_scan.png"
    image = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((60, 60, 1180, 1694), outline=(180, 30, 30), width=12)
    for row in range(12):
        draw.rectangle((160, 300 + row * 100, 1080, 330 + row * 100), fill=(200, 200, 200))
    image.save(picture)
    document = folder / "bank_statement.pdf"
    register_font()
    canvas = Canvas(str(document), initialFontName=FONT)  # type: ignore[arg-type]
    for page in (1, 2):
        canvas.setFont(FONT, 16)
        canvas.drawString(72, 760, f"对公账户流水 Bank statement — page {page}")
        canvas.rect(72, 120, 450, 600)
        canvas.showPage()
    canvas.save()
    return picture, document


def create_sample_application(
    database: Database,
    actor: str,
    store: AttachmentStore,
    today: date,
    *,
    visits: int = 3,
    notes: str = NOTES,
    attachments_dir: Path | None = None,
) -> SampleApplication:
    """Add the sample customer and application (see the module docstring) as of ``today``."""
    customer = CustomerService(database, actor).save(
        CustomerProfile(
            name="杭州恒达精密机械有限公司",
            uscc=SAMPLE_USCC,
            registration_date=date(2012, 3, 18),
            province="浙江省",
            city="杭州市",
            district="西湖区",
            address="三墩镇西园路18号3幢",
            registered_capital=Decimal(1000) * WAN,
            ownership_type="private",
            industry_code="C34",
            employees=86,
            annual_revenue=Decimal(4800) * WAN,
            total_assets=Decimal(3900) * WAN,
            total_liabilities=Decimal(2300) * WAN,
            legal_rep_name="王建国",
            legal_rep_id_number=SAMPLE_ID_NUMBER,
            legal_rep_mobile="13857101234",
            requested_exposure=Decimal(500) * WAN,
            credit_type="new",
            segment="五金产业集群",
            programmes=["园区批量开发"],
            assigned_rm="张伟",
            contacts=[Contact("财务负责人", "李芳", "0571-88001234")],
            bank_relationships=[
                BankRelationship("中国工商银行", "流动资金贷款", Decimal(300) * WAN)
            ],
        )
    )
    customer_id = customer.id or ""
    assessments = AssessmentService(database, actor)
    for year, revenue, profit, assets, liabilities in (
        (today.year - 3, 3600, 190, 3100, 1900),
        (today.year - 2, 4200, 240, 3500, 2100),
        (today.year - 1, 4800, 290, 3900, 2300),
    ):
        assessments.save_statement(
            customer_id,
            date(year, 12, 31),
            {
                "revenue": Decimal(revenue) * WAN,
                "net_profit": Decimal(profit) * WAN,
                "total_assets": Decimal(assets) * WAN,
                "total_liabilities": Decimal(liabilities) * WAN,
                "current_assets": Decimal(assets * 55 // 100) * WAN,
                "current_liabilities": Decimal(liabilities * 70 // 100) * WAN,
                "operating_cash_flow": Decimal(profit * 12 // 10) * WAN,
                "inventory": Decimal(assets * 12 // 100) * WAN,
                "receivables": Decimal(revenue // 5) * WAN,
            },
            audited=year < today.year - 1,
        )
    model = shipped_model()
    inputs: dict[str, object] = dict(assessments.automatic_inputs(customer_id, model, today))
    inputs.update(
        owner_credit_record="clean",
        collateral_type="property",
        relationship_years="4",
        visit_findings="good",
    )
    applications = ApplicationService(database, actor, store)
    application_id = applications.save(
        ApplicationInput(
            customer_id=customer_id,
            product_code="working_capital",
            amount=Decimal(300) * WAN,
            term_months=12,
            purpose="采购原材料（钢材、轴承）及支付加工费",
            collateral_type="property",
            collateral_description="西湖区工业园自有厂房一处，建筑面积约6,800平方米",
        ),
        today,
    )
    draft = assessments.save_draft(customer_id, model, inputs, application_id=application_id)
    assessments.submit(draft, datetime.combine(today, datetime.min.time(), RM_TIME_ZONE))
    view = applications.load(application_id, today)
    items = {i.code: i for i in view.items if i.applicable}
    received = [
        items[c].id
        for c in ("articles_of_association", "legal_rep_id", "tax_returns", "credit_authorisation")
        if c in items
    ]
    applications.mark_received(received)
    if "board_resolution" in items:
        applications.set_state(
            items["board_resolution"].id,
            ItemState.WAIVED,
            "有限公司章程规定执行董事可直接决定借款事项",
        )
    if attachments_dir is not None:
        picture, statement = _sample_files(attachments_dir)
        applications.attach(items["business_licence"].id, [picture])
        applications.attach(items["bank_statements"].id, [statement])
    else:
        applications.mark_received([items["business_licence"].id])
    licence = applications.load(application_id, today)
    for item in licence.items:
        if item.code == "business_licence" and item.document is not None:
            applications.set_document_dates(item.document.id, date(2012, 3, 18), None)
            applications.set_state(item.id, ItemState.VERIFIED)
        if item.code == "tax_returns" and item.document is not None:
            applications.set_document_dates(item.document.id, today - timedelta(days=400), None)
    visits_service = VisitService(database, actor, store)
    for number in range(visits):
        start = datetime.combine(
            today - timedelta(days=30 * (visits - number)), datetime.min.time(), RM_TIME_ZONE
        ) + timedelta(hours=9, minutes=30)
        visit_type = "due_diligence" if number == visits - 1 else "first_contact"
        signals = {"inventory_build_up": "成品库存较上次增加约两成"} if number == visits - 1 else {}
        visits_service.record(
            VisitInput(
                customer_id,
                visit_type,
                start,
                start + timedelta(hours=2),
                location="杭州市西湖区三墩镇西园路18号",
                attendees_bank=[customer.assigned_rm, "陈晓"],
                attendees_customer=["王建国", "李芳"],
                purpose="实地调查生产经营情况"
                if visit_type == "due_diligence"
                else "初次拜访，了解融资需求",
            ),
            VisitOutcome(
                start + timedelta(minutes=5), start + timedelta(hours=2), notes, signals=signals
            ),
        )
    return SampleApplication(application_id, customer_id)
