<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>AchievementCard</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/AchievementCard.qml" line="146"/>
        <source>Tap the card to read more</source>
        <translation>輕觸卡片，閱讀更多</translation>
    </message>
</context>
<context>
    <name>AchievementSlide</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/AchievementSlide.qml" line="250"/>
        <source>continued</source>
        <translation>續上頁</translation>
    </message>
</context>
<context>
    <name>CardIndicator</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/CardIndicator.qml" line="17"/>
        <source>Card %1 of %2</source>
        <translation>第 %1 張，共 %2 張</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/CardIndicator.qml" line="33"/>
        <source>Card %1</source>
        <translation>第 %1 張</translation>
    </message>
</context>
<context>
    <name>CardsView</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/CardsView.qml" line="44"/>
        <source>Achievement cards</source>
        <translation>成果卡片</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/CardsView.qml" line="81"/>
        <source>Previous</source>
        <translation>上一項</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/CardsView.qml" line="96"/>
        <source>Next</source>
        <translation>下一項</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/CardsView.qml" line="68"/>
        <source>Swipe for the next achievement</source>
        <translation>左右滑動看其他成果</translation>
    </message>
</context>
<context>
    <name>ClosingSlide</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/ClosingSlide.qml" line="21"/>
        <source>Thank you</source>
        <translation>謝謝</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/ClosingSlide.qml" line="40"/>
        <source>Source: %1, %2 · Reporter: %3</source>
        <translation>資料來源：%1，%2 · 記者：%3</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/ClosingSlide.qml" line="49"/>
        <source>All pictures are original illustrations made for this exhibition.</source>
        <translation>所有圖片均為本展覽原創插圖。</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="124"/>
        <source>Pinch or double-tap the picture to zoom</source>
        <translation>雙指縮放或輕觸兩下放大圖片</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="266"/>
        <source>Organisations named</source>
        <translation>相關機構</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="308"/>
        <source>On the timeline</source>
        <translation>時間線上的里程碑</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="339"/>
        <source>planned</source>
        <translation>計劃中</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="152"/>
        <source>QR code for further reading</source>
        <translation>延伸閱讀二維碼</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="157"/>
        <source>Learn more: scan the code with your phone</source>
        <translation>了解更多：用手機掃描二維碼</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailView.qml" line="50"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailView.qml" line="61"/>
        <source>Previous</source>
        <translation>上一項</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailView.qml" line="68"/>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 項</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailView.qml" line="76"/>
        <source>Next</source>
        <translation>下一項</translation>
    </message>
</context>
<context>
    <name>FoldCue</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/FoldCue.qml" line="52"/>
        <location filename="../kiosk/qml/Kiosk/FoldCue.qml" line="71"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/HomeView.qml" line="103"/>
        <location filename="../kiosk/qml/Kiosk/HomeView.qml" line="137"/>
        <source>Touch to explore</source>
        <translation>輕觸開始探索</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/HomeView.qml" line="154"/>
        <source>Source: %1, %2; reporter %3. Pictures are illustrations made for this exhibition.</source>
        <translation>資料來源：%1，%2；記者 %3。圖片為本展覽原創插圖。</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/IdleCountdown.qml" line="47"/>
        <source>Still there? Touch to stay</source>
        <translation>還在看嗎？輕觸即可繼續</translation>
    </message>
</context>
<context>
    <name>IllustrationLabel</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/IllustrationLabel.qml" line="20"/>
        <source>Illustration</source>
        <translation>插圖</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/Main.qml" line="28"/>
        <source>InnoKiosk</source>
        <translation>InnoKiosk 創科展覽</translation>
    </message>
</context>
<context>
    <name>MilestoneDetail</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/MilestoneDetail.qml" line="55"/>
        <source>Previous milestone</source>
        <translation>上一個里程碑</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/MilestoneDetail.qml" line="68"/>
        <source>Next milestone</source>
        <translation>下一個里程碑</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/MilestoneDetail.qml" line="104"/>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 項</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/MilestoneDetail.qml" line="122"/>
        <source>planned</source>
        <translation>計劃中</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/MilestoneDetail.qml" line="181"/>
        <source>Open achievement</source>
        <translation>查看這項成果</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/NavigationBar.qml" line="36"/>
        <source>Home</source>
        <translation>首頁</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/NavigationBar.qml" line="44"/>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/NavigationBar.qml" line="52"/>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/NavigationBar.qml" line="64"/>
        <location filename="../kiosk/qml/Kiosk/NavigationBar.qml" line="66"/>
        <source>Larger text</source>
        <translation>放大字體</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/NoticeBanner.qml" line="35"/>
        <source>The content pack could not be used; showing the built-in content.</source>
        <translation>內容包無法使用，現正顯示內置內容。</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/NoticeBanner.qml" line="53"/>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>NumberBadge</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/NumberBadge.qml" line="16"/>
        <source>Achievement %1</source>
        <translation>第 %1 項成果</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="16"/>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="43"/>
        <source>No staff PIN is set: run innokiosk set-pin</source>
        <translation>未設定職員密碼：請執行 innokiosk set-pin</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="41"/>
        <source>Too many wrong PINs: wait %1 s</source>
        <translation>密碼錯誤次數過多：請等候 %1 秒</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="45"/>
        <source>Wrong PIN: %1 tries left</source>
        <translation>密碼錯誤：尚餘 %1 次機會</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="75"/>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="103"/>
        <source>Staff PIN</source>
        <translation>職員密碼</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="148"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="171"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="22"/>
        <source>Kiosk mode needs a staff PIN: choose one of %1 to %2 digits</source>
        <translation>展覽機模式需要職員密碼：請設定 %1 至 %2 位數字</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="56"/>
        <source>Enter the same PIN again</source>
        <translation>請再次輸入同一密碼</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="59"/>
        <source>The two PINs differ: choose a PIN again</source>
        <translation>兩次輸入的密碼不同：請重新設定</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="68"/>
        <source>The PIN could not be saved in the settings file (see the log)</source>
        <translation>無法將密碼儲存至設定檔（詳見記錄檔）</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="103"/>
        <source>New staff PIN</source>
        <translation>設定職員密碼</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/Presentation.qml" line="19"/>
        <source>InnoKiosk</source>
        <translation>InnoKiosk 創科展覽</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/PresentationView.qml" line="171"/>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PresentationView.qml" line="181"/>
        <source>Go to slide %1</source>
        <translation>前往第%1頁</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="30"/>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="58"/>
        <source>Staff panel</source>
        <translation>職員控制台</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="89"/>
        <source>Idle timeout: %1 s</source>
        <translation>閒置重設時間：%1 秒</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="97"/>
        <source>Shorter</source>
        <translation>縮短</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="104"/>
        <source>Longer</source>
        <translation>延長</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="121"/>
        <source>Start the presentation</source>
        <translation>開始簡報</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="190"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="199"/>
        <source>All time</source>
        <translation>累計</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="115"/>
        <source>Reload content</source>
        <translation>重新載入內容</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="22"/>
        <source>Built-in exhibition content, version %1</source>
        <translation>內置展覽內容，版本 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="23"/>
        <source>%1, version %2</source>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="68"/>
        <source>Content on show: %1</source>
        <translation>展示中的內容：%1</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="69"/>
        <source>An external content pack was rejected; showing: %1</source>
        <translation>外部內容包未能通過檢查，現正展示：%1</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="96"/>
        <source>– %1 s</source>
        <translation>– %1 秒</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="103"/>
        <source>+ %1 s</source>
        <translation>+ %1 秒</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="131"/>
        <source>Switch to a window</source>
        <translation>切換至視窗模式</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="131"/>
        <source>Switch to kiosk mode</source>
        <translation>切換至展覽機模式</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="142"/>
        <source>Exit the kiosk</source>
        <translation>離開展覽程式</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="152"/>
        <source>Back to the exhibition</source>
        <translation>返回展覽</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="163"/>
        <source>Save handouts (PDF) to a USB stick</source>
        <translation>將單張（PDF）存到USB手指</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="171"/>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="171"/>
        <source>Saved to %1</source>
        <translation>已存到 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="171"/>
        <source>Could not save to %1</source>
        <translation>無法存到 %1</translation>
    </message>
</context>
<context>
    <name>StatsChart</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/StatsChart.qml" line="25"/>
        <source>%1 sessions</source>
        <translation>%1 位參觀者</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StatsChart.qml" line="25"/>
        <source>1 session</source>
        <translation>1 位參觀者</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StatsChart.qml" line="27"/>
        <source>median %1 s</source>
        <translation>中位數 %1 秒</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StatsChart.qml" line="38"/>
        <source>No achievement page opened yet: the bars appear with the first page view.</source>
        <translation>暫時未有人打開成果頁面：有人查看後便會在此顯示棒形圖。</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StatsChart.qml" line="39"/>
        <source>No visits yet. Page views per achievement appear here after the first visitor.</source>
        <translation>暫時未有參觀紀錄。第一位參觀者到訪後，便會在此顯示每項成果的查看次數。</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StatsChart.qml" line="101"/>
        <source>Languages: 繁 %1 · 简 %2 · EN %3</source>
        <translation>語言：繁 %1 · 简 %2 · EN %3</translation>
    </message>
</context>
<context>
    <name>TimelineSlide</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineSlide.qml" line="84"/>
        <source>Milestones</source>
        <translation>大事年表</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineSlide.qml" line="112"/>
        <source>Planned</source>
        <translation>計劃中</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineSlide.qml" line="112"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="175"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="191"/>
        <source>planned</source>
        <translation>計劃中</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="201"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="209"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="70"/>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="133"/>
        <source>This exhibition has no milestones to show.</source>
        <translation>這個展覽沒有可顯示的里程碑。</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="217"/>
        <source>Show the whole timeline</source>
        <translation>顯示整條時間線</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="225"/>
        <source>Stop the tour</source>
        <translation>停止自動導覽</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="225"/>
        <source>Play a tour of the milestones</source>
        <translation>自動導覽各個里程碑</translation>
    </message>
</context>
<context>
    <name>TitleSlide</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/TitleSlide.qml" line="61"/>
        <source>Source: %1, %2 · Reporter: %3</source>
        <translation>資料來源：%1，%2 · 記者：%3</translation>
    </message>
</context>
</TS>
