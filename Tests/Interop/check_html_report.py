"""Opens the HTML review page in headless Chromium and checks it as a reviewer would use it.
usage: check_html_report.py REVIEW.html REVIEW.json SCREENSHOT.png"""
import json
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

page, report, screenshot = sys.argv[1:4]
findings = json.load(open(report, encoding="utf-8"))["findings"]


def browser(javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,900"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


driver = browser()
try:
    driver.get("file://" + page)
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert not errors, f"console errors: {errors}"
    rows = driver.find_elements(By.CSS_SELECTOR, "tr.finding")
    assert len(rows) == len(findings), f"{len(rows)} finding rows for {len(findings)} findings"
    # Each finding's row names its file:line:col; the wrong year is marked in its sentence.
    where = {row.find_element(By.CSS_SELECTOR, "a.where").text for row in rows}
    for finding in findings:
        assert f"{finding['file']}:{finding['line']}:{finding['column']}" in where, finding
    row = next(r for r in rows
               if r.get_attribute("data-rule") == "number-mismatch" and "1948" in r.text)
    mark = driver.find_element(By.CSS_SELECTOR, f"mark[data-finding~='{row.get_attribute('id')}']")
    assert mark.text.strip(), "the number-mismatch highlight is empty"
    bead = mark.find_element(By.XPATH, "ancestor::tr[contains(@class, 'bead')]")
    assert "۱۹۵۸" in bead.text, f"the highlight is not in the sentence with the year: {bead.text[:80]}"
    # The other side is marked too: the source's 1948 for the wrong year.
    other = driver.find_element(By.CSS_SELECTOR, f"mark[data-related='{row.get_attribute('id')}']")
    assert "1948" in other.text, f"the source side marks {other.text!r}"
    # Translated cells are right to left; the source cells left to right.
    target = bead.find_elements(By.CSS_SELECTOR, "td.side")[1]
    source = bead.find_elements(By.CSS_SELECTOR, "td.side")[0]
    assert driver.execute_script("return getComputedStyle(arguments[0]).direction", target) == "rtl"
    assert driver.execute_script("return getComputedStyle(arguments[0]).direction", source) == "ltr"
    # Glossary terms are marked in both columns, their renderings on hover.
    terms_source = source.find_elements(By.CSS_SELECTOR, "span.term")
    terms_target = target.find_elements(By.CSS_SELECTOR, "span.term")
    assert terms_source and terms_target, "glossary terms not marked in both columns"
    assert "→" in terms_source[0].get_attribute("title"), terms_source[0].get_attribute("title")
    # Markup typed into a translation is shown as text, never run.
    assert driver.execute_script("return window.injected === undefined")
    assert "<script>window.injected = 1</script>" in driver.find_element(By.TAG_NAME, "main").text
    # Filters: unticking "warning" hides warning rows and keeps errors; a check filter keeps one.
    warning_rows = [r for r in rows if r.get_attribute("data-severity") == "warning"]
    assert warning_rows, "the draft should raise warnings"
    driver.find_element(By.CSS_SELECTOR, "input[name=severity][value=warning]").click()
    assert all(not r.is_displayed() for r in warning_rows), "warning rows still shown"
    assert row.is_displayed(), "the error row was hidden"
    driver.find_element(By.CSS_SELECTOR, "input[name=severity][value=warning]").click()
    Select(driver.find_element(By.NAME, "rule")).select_by_visible_text("number-mismatch")
    shown = [r for r in rows if r.is_displayed()]
    expected = [r for r in rows if r.get_attribute("data-rule") == "number-mismatch"]
    assert shown == expected and row in shown, f"{len(shown)} rows shown for number-mismatch"
    Select(driver.find_element(By.NAME, "rule")).select_by_index(0)
    # Picking the translation keeps its pair's findings, those placed in the source too.
    Select(driver.find_element(By.NAME, "file")).select_by_index(1)
    hidden = [r.get_attribute("id") for r in rows if not r.is_displayed()]
    assert not hidden, f"the file filter hid findings of its own pair: {hidden}"
    Select(driver.find_element(By.NAME, "file")).select_by_index(0)
    height = driver.execute_script("return document.body.scrollHeight")
    driver.set_window_size(1400, min(height, 16000))
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(screenshot)
    # "n" moves to the next finding.
    driver.find_element(By.TAG_NAME, "body").send_keys("n")
    assert driver.find_elements(By.CSS_SELECTOR, "tr.finding.current"), "n did not select a finding"
    print(f"{len(rows)} findings in place, filters work, RTL cells, markup escaped; screenshot {screenshot}")
finally:
    driver.quit()

driver = browser(javascript=False)
try:
    driver.get("file://" + page)
    shown = [r for r in driver.find_elements(By.CSS_SELECTOR, "tr.finding") if r.is_displayed()]
    assert len(shown) == len(findings), "without JavaScript every finding must show"
    print("without JavaScript: every finding shown")
finally:
    driver.quit()
