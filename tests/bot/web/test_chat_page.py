"""A new user submits an idea in a real (headless) browser against the running app."""

import shutil

import pytest
from sqlmodel import Session

from core.wiring import Container
from portfolio import repository
from portfolio.status import UseCaseStatus

pytestmark = [pytest.mark.db, pytest.mark.browser]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


@pytest.fixture
def browser_page():  # type: ignore[no-untyped-def]
    if not shutil.which("chromium"):
        pytest.fail("Debian's chromium is required for browser tests (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        context = browser.new_context(locale="en-US")
        yield context.new_page()
        browser.close()


def test_a_new_user_submits_an_idea_in_the_browser(browser_page, live_server, container: Container) -> None:  # type: ignore[no-untyped-def]
    page = browser_page
    page.goto(live_server.url + "/")
    page.fill("#text", "Our customer service team spends hours each day sorting incoming support e-mails by "
                       "topic. An AI could classify the tickets and route them to the right queue automatically. "
                       "It uses the ticket texts, which contain customer names. It would save about 3 hours a day.")
    page.click("#send")
    card = page.locator(".msg.card").last
    card.wait_for(timeout=15_000)
    assert "Customer" in card.inner_text() or "customer" in card.inner_text()
    card.locator("button").first.click()  # the first choice submits
    page.wait_for_function("document.querySelectorAll('.msg.bot').length >= 3", timeout=15_000)
    with Session(container.engine) as session:
        items, total = repository.list_use_cases(session)
    assert total == 1 and items[0].status in (UseCaseStatus.submitted, UseCaseStatus.triaged)
    assert items[0].department and items[0].channel == "web"
    # the triage result reaches the page through the notification poll
    page.wait_for_function("document.body.innerText.includes('EU AI Act')", timeout=30_000)
