<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AchievementCard</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/AchievementCard.qml" line="146"/>
        <source>Tap the card to read more</source>
        <translation>轻触卡片，阅读更多</translation>
    </message>
</context>
<context>
    <name>AchievementSlide</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/AchievementSlide.qml" line="250"/>
        <source>continued</source>
        <translation>续上页</translation>
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
        <location filename="../kiosk/qml/Kiosk/CardsView.qml" line="81"/>
        <source>Previous</source>
        <translation>上一项</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/CardsView.qml" line="96"/>
        <source>Next</source>
        <translation>下一项</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/CardsView.qml" line="68"/>
        <source>Swipe for the next achievement</source>
        <translation>左右滑动看其他成果</translation>
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
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="124"/>
        <source>Pinch or double-tap the picture to zoom</source>
        <translation>双指缩放或轻触两下放大图片</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="266"/>
        <source>Organisations named</source>
        <translation>相关机构</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="308"/>
        <source>On the timeline</source>
        <translation>时间线上的里程碑</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="339"/>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="152"/>
        <source>QR code for further reading</source>
        <translation>延伸阅读二维码</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/DetailPage.qml" line="157"/>
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
        <location filename="../kiosk/qml/Kiosk/HomeView.qml" line="103"/>
        <location filename="../kiosk/qml/Kiosk/HomeView.qml" line="137"/>
        <source>Touch to explore</source>
        <translation>轻触开始探索</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/HomeView.qml" line="154"/>
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
        <location filename="../kiosk/qml/Kiosk/Main.qml" line="28"/>
        <source>InnoKiosk</source>
        <translation>InnoKiosk 创科展览</translation>
    </message>
</context>
<context>
    <name>MilestoneDetail</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/MilestoneDetail.qml" line="55"/>
        <source>Previous milestone</source>
        <translation>上一个里程碑</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/MilestoneDetail.qml" line="68"/>
        <source>Next milestone</source>
        <translation>下一个里程碑</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/MilestoneDetail.qml" line="104"/>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 项</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/MilestoneDetail.qml" line="122"/>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/MilestoneDetail.qml" line="181"/>
        <source>Open achievement</source>
        <translation>查看这项成果</translation>
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
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="16"/>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="43"/>
        <source>No staff PIN is set: run innokiosk set-pin</source>
        <translation>未设定职员密码：请执行 innokiosk set-pin</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="41"/>
        <source>Too many wrong PINs: wait %1 s</source>
        <translation>密码错误次数过多：请等候 %1 秒</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="45"/>
        <source>Wrong PIN: %1 tries left</source>
        <translation>密码错误：尚余 %1 次机会</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="75"/>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="103"/>
        <source>Staff PIN</source>
        <translation>职员密码</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="148"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="171"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="22"/>
        <source>Kiosk mode needs a staff PIN: choose one of %1 to %2 digits</source>
        <translation>展览机模式需要职员密码：请设定 %1 至 %2 位数字</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="56"/>
        <source>Enter the same PIN again</source>
        <translation>请再次输入同一密码</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="59"/>
        <source>The two PINs differ: choose a PIN again</source>
        <translation>两次输入的密码不同：请重新设定</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="68"/>
        <source>The PIN could not be saved in the settings file (see the log)</source>
        <translation>无法将密码保存至设置文件（详见日志）</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PinPad.qml" line="103"/>
        <source>New staff PIN</source>
        <translation>设定职员密码</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/Presentation.qml" line="19"/>
        <source>InnoKiosk</source>
        <translation>InnoKiosk 创科展览</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/PresentationView.qml" line="171"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/PresentationView.qml" line="181"/>
        <source>Go to slide %1</source>
        <translation>前往第%1页</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="30"/>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="58"/>
        <source>Staff panel</source>
        <translation>职员控制台</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="89"/>
        <source>Idle timeout: %1 s</source>
        <translation>闲置重设时间：%1 秒</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="97"/>
        <source>Shorter</source>
        <translation>缩短</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="104"/>
        <source>Longer</source>
        <translation>延长</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="121"/>
        <source>Start the presentation</source>
        <translation>开始简报</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="190"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="199"/>
        <source>All time</source>
        <translation>累计</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="115"/>
        <source>Reload content</source>
        <translation>重新载入内容</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="22"/>
        <source>Built-in exhibition content, version %1</source>
        <translation>内置展览内容，版本 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="23"/>
        <source>%1, version %2</source>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="68"/>
        <source>Content on show: %1</source>
        <translation>展示中的内容：%1</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="69"/>
        <source>An external content pack was rejected; showing: %1</source>
        <translation>外部内容包未通过检查，正在展示：%1</translation>
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
        <translation>切换至视窗模式</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="131"/>
        <source>Switch to kiosk mode</source>
        <translation>切换至展览机模式</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="142"/>
        <source>Exit the kiosk</source>
        <translation>离开展览程式</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="152"/>
        <source>Back to the exhibition</source>
        <translation>返回展览</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="163"/>
        <source>Save handouts (PDF) to a USB stick</source>
        <translation>将单张（PDF）存到U盘</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="171"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="171"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StaffPanel.qml" line="171"/>
        <source>Could not save to %1</source>
        <translation>无法保存到 %1</translation>
    </message>
</context>
<context>
    <name>StatsChart</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/StatsChart.qml" line="25"/>
        <source>%1 sessions</source>
        <translation>%1 位参观者</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StatsChart.qml" line="25"/>
        <source>1 session</source>
        <translation>1 位参观者</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StatsChart.qml" line="27"/>
        <source>median %1 s</source>
        <translation>中位数 %1 秒</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StatsChart.qml" line="38"/>
        <source>No achievement page opened yet: the bars appear with the first page view.</source>
        <translation>暂时还没有人打开成果页面：有人查看后便会在此显示柱状图。</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StatsChart.qml" line="39"/>
        <source>No visits yet. Page views per achievement appear here after the first visitor.</source>
        <translation>暂无参观记录。第一位参观者到访后，便会在此显示每项成果的查看次数。</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/StatsChart.qml" line="101"/>
        <source>Languages: 繁 %1 · 简 %2 · EN %3</source>
        <translation>语言：繁 %1 · 简 %2 · EN %3</translation>
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
        <translation>计划中</translation>
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
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="201"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="209"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="70"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="133"/>
        <source>This exhibition has no milestones to show.</source>
        <translation>这个展览没有可显示的里程碑。</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="217"/>
        <source>Show the whole timeline</source>
        <translation>显示整条时间线</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="225"/>
        <source>Stop the tour</source>
        <translation>停止自动导览</translation>
    </message>
    <message>
        <location filename="../kiosk/qml/Kiosk/TimelineView.qml" line="225"/>
        <source>Play a tour of the milestones</source>
        <translation>自动导览各个里程碑</translation>
    </message>
</context>
<context>
    <name>TitleSlide</name>
    <message>
        <location filename="../kiosk/qml/Kiosk/TitleSlide.qml" line="61"/>
        <source>Source: %1, %2 · Reporter: %3</source>
        <translation>资料来源：%1，%2 · 记者：%3</translation>
    </message>
</context>
</TS>
