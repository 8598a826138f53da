package org.movecard.web;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page as a user sees it: labelled fields, buttons and the texts it shows (Selenium page object). */
final class MovecardPage {
    private final WebDriver driver;
    private final WebDriverWait wait;

    MovecardPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    MovecardPage open(String address) {
        driver.get(address);
        wait.until(d -> !d.findElements(By.cssSelector("#move-list li.move")).isEmpty());
        return this;
    }

    /** Opens a server that needs a token: the page asks for it, then loads the moves. */
    MovecardPage openWithToken(String address, String token) {
        driver.get(address);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        field("Access token for this server").sendKeys(token);
        driver.findElement(By.xpath("//button[normalize-space(.)='Use token']")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#move-list li.move")).isEmpty());
        return this;
    }

    /** A form control found through its visible label, as a screen reader finds it. */
    WebElement field(String label) {
        WebElement labelElement = driver.findElement(By.xpath("//label[normalize-space(.)='" + label + "']"));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    void search(String text) {
        WebElement box = field("Search by name");
        box.clear();
        box.sendKeys(text);
    }

    /** Picks {@code option} in the drop-down labelled {@code label}. */
    void choose(String label, String option) {
        new Select(field(label)).selectByVisibleText(option);
    }

    void filterByRegion(String region) {
        new Select(field("Region")).selectByVisibleText(region);
    }

    List<String> visibleMoves() {
        return driver.findElements(By.cssSelector("#move-list li.move h3")).stream().map(WebElement::getText).toList();
    }

    List<String> visibleMoveDetails() {
        return driver.findElements(By.cssSelector("#move-list li.move .meta")).stream().map(WebElement::getText).toList();
    }

    void add(String move) {
        WebElement button = driver.findElement(By.cssSelector("button[aria-label='Add to programme: " + move + "']"));
        button.click();
        wait.until(d -> programme().contains(move));
    }

    void remove(String move) {
        driver.findElement(By.cssSelector("button[aria-label='Remove from programme: " + move + "']")).click();
        wait.until(d -> !programme().contains(move));
    }

    /** Adds a move with the keyboard: focus its button and press the space bar. */
    void addWithKeyboard(String move) {
        WebElement button = driver.findElement(By.cssSelector("button[aria-label='Add to programme: " + move + "']"));
        button.sendKeys(Keys.SPACE);
        wait.until(d -> programme().contains(move));
    }

    List<String> programme() {
        return driver.findElements(By.cssSelector("#programme-list li h3")).stream().map(WebElement::getText).toList();
    }

    /** Moves a programme entry up with the keyboard: focus its Up button and press Enter. */
    void moveUpWithKeyboard(String move) {
        int before = programme().indexOf(move);
        WebElement up = driver.findElement(By.cssSelector("button[aria-label='Move " + move + " up']"));
        up.sendKeys(Keys.ENTER);
        wait.until(d -> programme().indexOf(move) == before - 1);
    }

    /** The element that has the keyboard focus, by its accessible label. */
    String focused() {
        WebElement active = driver.switchTo().activeElement();
        return active.getAttribute("aria-label") != null ? active.getAttribute("aria-label") : active.getText();
    }

    /** A dose field of one programme entry, by its label. */
    private WebElement doseField(String move, String label) {
        WebElement item = driver.findElement(By.xpath("//ol[@id='programme-list']/li[.//h3[normalize-space(.)='"
                + move + "']]"));
        WebElement labelElement = item.findElement(By.xpath(".//label[normalize-space(.)='" + label + "']"));
        return item.findElement(By.id(labelElement.getAttribute("for")));
    }

    void setDose(String move, String label, String value) {
        WebElement input = doseField(move, label);
        if ("select".equals(input.getTagName())) {
            new Select(input).selectByVisibleText(value);
        } else {
            input.clear();
            input.sendKeys(value);
        }
    }

    void typeDoseText(String move, String text) {
        WebElement input = doseField(move, "Dose as text (the fields fill it; you may type it instead)");
        input.clear();
        input.sendKeys(text);
    }

    /** Waits until the preview reports a problem; returns it. */
    String awaitPreviewProblem() {
        wait.until(ExpectedConditions.attributeContains(By.id("preview-status"), "class", "error"));
        return driver.findElement(By.id("preview-status")).getText();
    }

    boolean doseTextMarkedInvalid(String move) {
        return "true".equals(doseField(move, "Dose as text (the fields fill it; you may type it instead)")
                .getAttribute("aria-invalid"));
    }

    String doseText(String move) {
        return doseField(move, "Dose as text (the fields fill it; you may type it instead)").getAttribute("value");
    }

    void makeA(String document) {
        driver.findElement(By.xpath("//fieldset[legend='Make a']//label[normalize-space(.)='" + document + "']/input"))
                .click();
    }

    void type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
    }

    /** Waits until the preview shows pages for the current choices; returns its status line. */
    String awaitPreview() {
        wait.until(d -> {
            String status = d.findElement(By.id("preview-status")).getText();
            return status.matches("\\d+ pages?.*") && !d.findElements(By.cssSelector("#preview-pages img")).isEmpty();
        });
        return driver.findElement(By.id("preview-status")).getText();
    }

    int previewImages() {
        return driver.findElements(By.cssSelector("#preview-pages img")).size();
    }

    void download() {
        driver.findElement(By.xpath("//button[normalize-space(.)='Download PDF']")).click();
        wait.until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("Downloaded .*|.*—.*")));
    }

    String status() {
        return driver.findElement(By.id("status")).getText();
    }

    void saveTemplate(String name) {
        type("Template name", name);
        driver.findElement(By.xpath("//button[normalize-space(.)='Save template']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("template-status"), "Saved template “" + name + "”."));
    }

    void loadTemplate(String name) {
        wait.until(d -> new Select(field("Saved templates")).getOptions().stream().anyMatch(o -> o.getText().equals(name)));
        new Select(field("Saved templates")).selectByVisibleText(name);
        driver.findElement(By.xpath("//button[normalize-space(.)='Load template']")).click();
        wait.until(ExpectedConditions.textMatches(By.id("template-status"),
                java.util.regex.Pattern.compile("Loaded template “" + name + "”.*")));
    }

    String value(String label) {
        return field(label).getAttribute("value");
    }

    /** True when the page needs no sideways scrolling at the current window width. */
    boolean fitsWidth() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
    }
}
