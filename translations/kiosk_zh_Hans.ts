<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AchievementCard</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/AchievementCard.qml" line="126"/>
        <source>Tap the card to read more</source>
        <translation>轻触卡片，阅读更多</translation>
    </message>
</context>
<context>
    <name>CardIndicator</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/CardIndicator.qml" line="17"/>
        <source>Card %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/CardIndicator.qml" line="33"/>
        <source>Card %1</source>
        <translation>第 %1 张</translation>
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
        <location filename="../kiosk/qml/Kiosk/CardsView.qml" line="68"/>
        <source>Swipe for the next achievement</source>
        <translation>左右滑动看其他成果</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/CardsView.qml" line="81"/>
        <source>Previous</source>
        <translation>上一项</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/CardsView.qml" line="96"/>
        <source>Next</source>
        <translation>下一项</translation>
    </message>
</context>
<context>
    <name>ClosingSlide</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/ClosingSlide.qml" line="21"/>
        <source>Thank you</source>
        <translation>谢谢</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/ClosingSlide.qml" line="40"/>
        <source>Source: %1, %2 · Reporter: %3</source>
        <translation>资料来源：%1，%2 · 记者：%3</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/ClosingSlide.qml" line="49"/>
        <source>All pictures are original illustrations made for this exhibition.</source>
        <translation>所有图片均为本展览原创插图。</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="123"/>
        <source>Pinch or double-tap the picture to zoom</source>
        <translation>双指缩放或轻触两下放大图片</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="231"/>
        <source>Organisations named</source>
        <translation>相关机构</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="273"/>
        <source>On the timeline</source>
        <translation>时间线上的里程碑</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="304"/>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="332"/>
        <source>QR code for further reading</source>
        <translation>延伸阅读二维码</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="337"/>
        <source>Learn more: scan the code with your phone</source>
        <translation>了解更多：用手机扫描二维码</translation>
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
        <translation>上一项</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailView.qml" line="68"/>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 项</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailView.qml" line="76"/>
        <source>Next</source>
        <translation>下一项</translation>
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
        <location filename="../kiosk/qml/Kiosk/HomeView.qml" line="85"/>
        <source>Hong Kong&apos;s ten innovation and technology achievements of 2023</source>
        <translation>香港2023年十大创新科技成果</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/HomeView.qml" line="100"/>
        <location filename="../kiosk/qml/Kiosk/HomeView.qml" line="134"/>
        <source>Touch to explore</source>
        <translation>轻触开始探索</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/HomeView.qml" line="151"/>
        <source>Source: %1, %2; reporter %3. Pictures are illustrations made for this exhibition.</source>
        <translation>资料来源：%1，%2；记者 %3。图片为本展览原创插图。</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/IdleCountdown.qml" line="47"/>
        <source>Still there? Touch to stay</source>
        <translation>还在看吗？轻触即可继续</translation>
    </message>
</context>
<context>
    <name>IllustrationLabel</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/IllustrationLabel.qml" line="20"/>
        <source>Illustration</source>
        <translation>插图</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/Main.qml" line="94"/>
        <source>InnoKiosk</source>
        <translation>InnoKiosk 创科展览</translation>
    </message>
</context>
<context>
    <name>MilestoneMarker</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/MilestoneMarker.qml" line="135"/>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/NavigationBar.qml" line="36"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/NavigationBar.qml" line="44"/>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/NavigationBar.qml" line="52"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/NavigationBar.qml" line="64"/>
        <location filename="../kiosk/qml/Kiosk/NavigationBar.qml" line="66"/>
        <source>Larger text</source>
        <translation>放大字体</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/NoticeBanner.qml" line="35"/>
        <source>The content pack could not be used; showing the built-in content.</source>
        <translation>内容包无法使用，现正显示内置内容。</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/NoticeBanner.qml" line="53"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>NumberBadge</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/NumberBadge.qml" line="16"/>
        <source>Achievement %1</source>
        <translation>第 %1 项成果</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="13"/>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="36"/>
        <source>No staff PIN is set: run innokiosk set-pin</source>
        <translation>未设定职员密码：请执行 innokiosk set-pin</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="34"/>
        <source>Too many wrong PINs: wait %1 s</source>
        <translation>密码错误次数过多：请等候 %1 秒</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="38"/>
        <source>Wrong PIN: %1 tries left</source>
        <translation>密码错误：尚余 %1 次机会</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="45"/>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="73"/>
        <source>Staff PIN</source>
        <translation>职员密码</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="118"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="141"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/Presentation.qml" line="25"/>
        <source>InnoKiosk</source>
        <translation>InnoKiosk 创科展览</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/PresentationView.qml" line="300"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PresentationView.qml" line="310"/>
        <source>Go to slide %1</source>
        <translation>前往第%1页</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="24"/>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="52"/>
        <source>Staff panel</source>
        <translation>职员控制台</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="62"/>
        <source>Content: %1 (valid)</source>
        <translation>内容：%1（有效）</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="63"/>
        <source>An external content pack was rejected; showing %1.</source>
        <translation>外部内容包未能通过检查，现正显示 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="83"/>
        <source>Idle timeout: %1 s</source>
        <translation>闲置重设时间：%1 秒</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="91"/>
        <source>Shorter</source>
        <translation>缩短</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="98"/>
        <source>Longer</source>
        <translation>延长</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="116"/>
        <source>Start the presentation</source>
        <translation>开始简报</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="152"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="159"/>
        <source>All time</source>
        <translation>累计</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="109"/>
        <source>Reload content</source>
        <translation>重新载入内容</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="126"/>
        <source>Switch to a window</source>
        <translation>切换至视窗模式</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="126"/>
        <source>Switch to kiosk mode</source>
        <translation>切换至展览机模式</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="133"/>
        <source>Exit the kiosk</source>
        <translation>离开展览程式</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="143"/>
        <source>Back to the exhibition</source>
        <translation>返回展览</translation>
    </message>
</context>
<context>
    <name>StatsChart</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/StatsChart.qml" line="20"/>
        <source>%1 sessions</source>
        <translation>%1 位参观者</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StatsChart.qml" line="22"/>
        <source>median %1 s</source>
        <translation>中位数 %1 秒</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StatsChart.qml" line="82"/>
        <source>Languages: 繁 %1 · 简 %2 · EN %3</source>
        <translation>语言：繁 %1 · 简 %2 · EN %3</translation>
    </message>
</context>
<context>
    <name>TimelineSlide</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineSlide.qml" line="27"/>
        <source>Milestones</source>
        <translation>大事年表</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineSlide.qml" line="55"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineSlide.qml" line="55"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="181"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="197"/>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="207"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="215"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
</context>
<context>
    <name>TitleSlide</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/TitleSlide.qml" line="50"/>
        <source>Source: %1, %2 · Reporter: %3</source>
        <translation>资料来源：%1，%2 · 记者：%3</translation>
    </message>
</context>
</TS>
