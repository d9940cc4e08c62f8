<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ekyc::AboutDialog</name>
    <message>
        <source>About eKYC Codes</source>
        <translation>关于 eKYC 错误码</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;eKYC Codes&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Tencent Cloud eKYC error codes and their billing, offline.&lt;/p&gt;&lt;p&gt;Catalog: updated %2, %3 rows.&lt;br&gt;Source: %4&lt;/p&gt;&lt;p&gt;Built with Qt %5, running on Qt %6.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;eKYC 错误码&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;离线查询腾讯云 eKYC 错误码及其计费情况。&lt;/p&gt;&lt;p&gt;错误码表：更新于 %2，共 %3 行。&lt;br&gt;来源：%4&lt;/p&gt;&lt;p&gt;基于 Qt %5 构建，运行于 Qt %6。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ekyc::CatalogBar</name>
    <message>
        <source>⚠ These results were made with the catalog of %1; the catalog in use is of %2. Codes, billing and descriptions may differ.</source>
        <translation>⚠ 这些结果是用 %1 版错误码表得出的；当前使用的是 %2 版错误码表。错误码、计费和描述可能不同。</translation>
    </message>
    <message>
        <source>C&amp;lassify Again</source>
        <translation>重新分析(&amp;L)</translation>
    </message>
    <message>
        <source>Classify the same inputs again with the catalog in use</source>
        <translation>用当前错误码表重新分析相同的输入</translation>
    </message>
    <message>
        <source>⚠ This report was written with the catalog of %1 (%2 codes); the catalog in use is of %3 (%4 codes). Its counts and billing stand as written; the descriptions shown are from the catalog in use and may differ.</source>
        <translation>⚠ 此报告由 %1 的错误码表（%2 个错误码）生成；当前使用的错误码表为 %3（%4 个错误码）。其计数与计费以报告为准；显示的描述来自当前错误码表，可能不同。</translation>
    </message>
</context>
<context>
    <name>ekyc::ClassifyFrame</name>
    <message>
        <source>Classification finished (inputs: %1).</source>
        <translation>分析完成（输入 %1 个）。</translation>
    </message>
    <message>
        <source>Classification cancelled; the results on show are unchanged.</source>
        <translation>已取消分析；当前显示的结果保持不变。</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
</context>
<context>
    <name>ekyc::CatalogDiffModel</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Billing changed</source>
        <translation>计费有变</translation>
    </message>
    <message>
        <source>Description changed</source>
        <translation>描述有变</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>ekyc::CatalogLoader</name>
    <message>
        <source>%1: is a directory, not a catalog file</source>
        <translation>%1：是文件夹，不是错误码表文件</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: file is too large for a catalog (%2 bytes, at most %3)</source>
        <translation>%1：文件过大，不像错误码表（%2 字节，上限 %3）</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1：读取出错：%2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>顶层必须是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;schema_version&quot; must be a positive integer</source>
        <translation>&quot;schema_version&quot; 必须是正整数</translation>
    </message>
    <message>
        <source>&quot;schema_version&quot; %1 is newer than this program understands (1)</source>
        <translation>&quot;schema_version&quot; 为 %1，比本程序能识别的版本（1）更新</translation>
    </message>
    <message>
        <source>&quot;updated&quot; must be a string (the page&apos;s date, e.g. 2023-07-03)</source>
        <translation>&quot;updated&quot; 必须是字符串（页面日期，例如 2023-07-03）</translation>
    </message>
    <message>
        <source>&quot;products&quot; must be an array</source>
        <translation>&quot;products&quot; 必须是数组</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是对象</translation>
    </message>
    <message>
        <source>%1.id must be one of %2</source>
        <translation>%1.id 必须是以下之一：%2</translation>
    </message>
    <message>
        <source>%1: product &quot;%2&quot; is listed twice</source>
        <translation>%1：产品 &quot;%2&quot; 重复出现</translation>
    </message>
    <message>
        <source>%1: &quot;title_zh&quot; and &quot;title_en&quot; must be strings</source>
        <translation>%1：&quot;title_zh&quot; 和 &quot;title_en&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;products&quot; lacks the product &quot;%1&quot;</source>
        <translation>&quot;products&quot; 缺少产品 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;codes&quot; must be an array</source>
        <translation>&quot;codes&quot; 必须是数组</translation>
    </message>
    <message>
        <source>&quot;codes&quot; has %1 rows, more than the limit of %2</source>
        <translation>&quot;codes&quot; 有 %1 行，超过上限 %2</translation>
    </message>
    <message>
        <source>%1.product must be one of %2</source>
        <translation>%1.product 必须是以下之一：%2</translation>
    </message>
    <message>
        <source>%1.code must be a non-empty string</source>
        <translation>%1.code 必须是非空字符串</translation>
    </message>
    <message>
        <source>%1.description must be a string</source>
        <translation>%1.description 必须是字符串</translation>
    </message>
    <message>
        <source>%1.billable must be true or false</source>
        <translation>%1.billable 必须是 true 或 false</translation>
    </message>
    <message>
        <source>%1 repeats the code &quot;%2&quot; of product &quot;%3&quot;</source>
        <translation>%1 与产品 &quot;%3&quot; 的错误码 &quot;%2&quot; 重复</translation>
    </message>
    <message>
        <source>&quot;other_actions&quot; lists &quot;%1&quot;, an action of product &quot;%2&quot;</source>
        <translation>&quot;other_actions&quot; 列出了 &quot;%1&quot;，它是产品 &quot;%2&quot; 的操作</translation>
    </message>
</context>
<context>
    <name>ekyc::CatalogModel</name>
    <message>
        <source>● Yes</source>
        <translation>● 是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Billed in %1</source>
        <translation>在%1中计费</translation>
    </message>
    <message>
        <source>Not billed in %1</source>
        <translation>在%1中不计费</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Changed since the built-in catalog of %1</source>
        <translation>与 %1 的内置错误码表相比有变更</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>ekyc::CatalogPage</name>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>The common codes apply to every product</source>
        <translation>公共错误码适用于所有产品</translation>
    </message>
    <message>
        <source>Include &amp;common codes</source>
        <translation>包括公共错误码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Code or words in a description (Ctrl+F)</source>
        <translation>错误码或描述中的文字（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation>计费(&amp;B)：</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>不计费</translation>
    </message>
    <message>
        <source>Search codes and descriptions (%1); Esc clears, Enter goes to the first result</source>
        <translation>搜索错误码和描述（%1）；按 Esc 清空，按 Enter 转到第一个结果</translation>
    </message>
    <message>
        <source>%1 of %2 rows shown, %3 billable</source>
        <translation>显示 %1 / %2 行，其中 %3 行计费</translation>
    </message>
    <message>
        <source>No rows selected to copy.</source>
        <translation>未选择要复制的行。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) as tab-separated text.</source>
        <translation>
            <numerusform>已复制 %n 行（以制表符分隔）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No codes match the filters.</source>
        <translation>没有符合筛选条件的错误码。</translation>
    </message>
    <message>
        <source>No codes match “%1”.</source>
        <translation>没有与“%1”匹配的错误码。</translation>
    </message>
</context>
<context>
    <name>ekyc::CatalogSource</name>
    <message>
        <source>Catalog %1, %2 rows (built-in)</source>
        <translation>错误码表 %1，%2 行（内置）</translation>
    </message>
    <message>
        <source>Catalog %1, %2 rows (%3)</source>
        <translation>错误码表 %1，%2 行（%3）</translation>
    </message>
</context>
<context>
    <name>ekyc::CatalogSwitcher</name>
    <message>
        <source>The remembered catalog was not loaded, so the built-in one is in use: %1</source>
        <translation>未能载入上次使用的错误码表，现使用内置错误码表：%1</translation>
    </message>
    <message>
        <source>Catalog not loaded</source>
        <translation>未载入错误码表</translation>
    </message>
    <message>
        <source>The catalog file could not be loaded, so the catalog in use stays.</source>
        <translation>无法载入该错误码表文件，继续使用当前的错误码表。</translation>
    </message>
    <message>
        <source>Load Catalog</source>
        <translation>载入错误码表</translation>
    </message>
    <message>
        <source>Catalog JSON (*.json);;All files (*)</source>
        <translation>错误码表 JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The built-in catalog is in use.</source>
        <translation>现使用内置错误码表。</translation>
    </message>
    <message>
        <source>Update Catalog from &amp;Page…</source>
        <translation>从页面更新错误码表(&amp;P)…</translation>
    </message>
    <message>
        <source>Make a catalog from the text of the published error-code page and see what it changes</source>
        <translation>用发布的错误码页面文本生成错误码表，并查看其变更</translation>
    </message>
    <message>
        <source>Catalog %1, %2 rows (imported page, not saved)</source>
        <translation>错误码表 %1，%2 行（导入的页面，未保存）</translation>
    </message>
    <message>
        <source>, 1 change since the built-in %1</source>
        <translation>，与内置的 %1 相比有 1 处变更</translation>
    </message>
    <message>
        <source>, %1 changes since the built-in %2</source>
        <translation>，与内置的 %2 相比有 %1 处变更</translation>
    </message>
    <message>
        <source>The catalog made from the page is in use until the program ends.</source>
        <translation>由页面生成的错误码表将使用到程序退出为止。</translation>
    </message>
    <message>
        <source>Catalog not saved</source>
        <translation>未保存错误码表</translation>
    </message>
    <message>
        <source>The catalog could not be saved in the program&apos;s data folder, so the catalog in use stays.</source>
        <translation>无法将错误码表保存到程序的数据文件夹，继续使用当前的错误码表。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The catalog made from the page is in use, and will be at every start.</source>
        <translation>现使用由页面生成的错误码表，以后每次启动时也会使用。</translation>
    </message>
</context>
<context>
    <name>ekyc::ChangeFilterBox</name>
    <message>
        <source>Chan&amp;ges:</source>
        <translation>变更(&amp;G)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Any change</source>
        <translation>任何变更</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Billing changed</source>
        <translation>计费有变</translation>
    </message>
    <message>
        <source>Description changed</source>
        <translation>描述有变</translation>
    </message>
    <message>
        <source>Rows changed since the built-in catalog</source>
        <translation>与内置错误码表相比有变更的行</translation>
    </message>
</context>
<context>
    <name>ekyc::ClassifyLauncher</name>
    <message>
        <source>The folder holds no files to classify.</source>
        <translation>该文件夹中没有可分析的文件。</translation>
    </message>
    <message>
        <source>Reports of ekyc-codes are not classified (open one with File ▸ Open Report…): %1</source>
        <translation>ekyc-codes 的报告不作分析（请用“文件 ▸ 打开报告…”逐个打开）：%1</translation>
    </message>
    <message>
        <source>Classify a Large Folder?</source>
        <translation>分析大文件夹？</translation>
    </message>
    <message>
        <source>The folder holds %1 files. Classify them all?</source>
        <translation>该文件夹中有 %1 个文件。全部分析吗？</translation>
    </message>
    <message>
        <source>Every regular file in it and its subfolders is read; symbolic links are not followed.</source>
        <translation>将读取该文件夹及其子文件夹中的所有普通文件；不跟随符号链接。</translation>
    </message>
    <message>
        <source>There is no text to classify.</source>
        <translation>没有可分析的文本。</translation>
    </message>
    <message>
        <source>Only files on this computer can be classified; refused: %1</source>
        <translation>只能分析本机上的文件；已拒绝：%1</translation>
    </message>
    <message>
        <source>Nothing to classify: drop log files, folders or text.</source>
        <translation>没有可分析的内容：请拖入日志文件、文件夹或文本。</translation>
    </message>
    <message>
        <source>A Classification Is Running</source>
        <translation>正在分析</translation>
    </message>
    <message>
        <source>Cancel the running classification and classify the new inputs instead, or queue them to be classified after it?</source>
        <translation>取消正在进行的分析并改为分析新的输入，还是将其排队，待当前分析完成后再分析？</translation>
    </message>
    <message>
        <source>Cancel &amp;Running</source>
        <translation>取消当前分析(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>排队(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Classify</source>
        <translation>不分析(&amp;D)</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>拖入的文本</translation>
    </message>
    <message>
        <source>Open Logs</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <source>Logs and archives (*.log *.txt *.json *.jsonl *.out *.[0-9] *.gz *.bz2 *.xz *.zst *.zip *.tar *.tgz *.tbz2 *.txz *.tzst);;All files (*)</source>
        <translation>日志和压缩包 (*.log *.txt *.json *.jsonl *.out *.[0-9] *.gz *.bz2 *.xz *.zst *.zip *.tar *.tgz *.tbz2 *.txz *.tzst);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add or Replace?</source>
        <translation>添加还是替换？</translation>
    </message>
    <message>
        <source>Add the new inputs to the results on show, or replace those results with them?</source>
        <translation>将新输入添加到当前显示的结果中，还是用它们替换这些结果？</translation>
    </message>
    <message>
        <source>&amp;Add to These Results</source>
        <translation>添加到这些结果(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Al&amp;ways do this (Edit ▸ Preferences can ask again)</source>
        <translation>始终这样做(&amp;W)（可在“编辑 ▸ 首选项”中改回询问）</translation>
    </message>
    <message>
        <source>Replace the report on show with the new inputs? Inputs cannot be added to a report opened from a file: it holds the counts, not the events.</source>
        <translation>用新的输入替换当前显示的报告？无法向从文件打开的报告添加输入：报告只包含计数，不包含事件。</translation>
    </message>
    <message>
        <source>Replace the Results?</source>
        <translation>替换结果？</translation>
    </message>
</context>
<context>
    <name>ekyc::CodeDetailPane</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>The code in every product</source>
        <translation>该错误码在各产品中的含义</translation>
    </message>
    <message>
        <source>No code selected</source>
        <translation>未选择错误码</translation>
    </message>
    <message>
        <source>Select a row to see its code in every product, with its meaning and billing.</source>
        <translation>选择一行，即可查看该错误码在各产品中的含义和计费情况。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Billed in %1.</source>
        <translation>在%1中计费。</translation>
    </message>
    <message>
        <source>Not billed in %1.</source>
        <translation>在%1中不计费。</translation>
    </message>
    <message>
        <source>Billed in %1; not billed in %2.</source>
        <translation>在%1中计费；在%2中不计费。</translation>
    </message>
    <message>
        <source>%1 (new since %2)</source>
        <translation>%1（%2 之后新增）</translation>
    </message>
    <message>
        <source>%1 (was %2 on %3)</source>
        <translation>%1（%3 时为 %2）</translation>
    </message>
</context>
<context>
    <name>ekyc::CodesTable</name>
    <message>
        <source>All codes</source>
        <translation>全部错误码</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>已计入</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Billing uncertain</source>
        <translation>计费不确定</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>有歧义</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>未计入</translation>
    </message>
</context>
<context>
    <name>ekyc::ContextView</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, lines around line %2; scroll for more.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，第 %2 行前后的行；滚动可查看更多。</translation>
    </message>
    <message>
        <source>Lines around the match</source>
        <translation>匹配行前后的行</translation>
    </message>
</context>
<context>
    <name>ekyc::InputsModel</name>
    <message>
        <source>user</source>
        <comment>where the product came from</comment>
        <translation>用户指定</translation>
    </message>
    <message>
        <source>actions</source>
        <comment>where the product came from</comment>
        <translation>操作名</translation>
    </message>
    <message>
        <source>codes</source>
        <comment>where the product came from</comment>
        <translation>错误码</translation>
    </message>
    <message>
        <source>none</source>
        <comment>where the product came from</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>user: the product you chose</source>
        <translation>用户指定：您选择的产品</translation>
    </message>
    <message>
        <source>actions: the only product whose API action names occur in the input</source>
        <translation>操作名：输入中出现的 API 操作名只属于这一个产品</translation>
    </message>
    <message>
        <source>codes: the only product the input&apos;s codes imply</source>
        <translation>错误码：输入中的错误码只指向这一个产品</translation>
    </message>
    <message>
        <source>none: no product could be resolved, so codes in several products are ambiguous</source>
        <translation>无：无法确定产品，因此多个产品共有的错误码有歧义</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>From</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ekyc::MainWindow</name>
    <message>
        <source>eKYC Codes</source>
        <translation>eKYC 错误码</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>错误码表</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Logs…</source>
        <translation>打开日志(&amp;O)…</translation>
    </message>
    <message>
        <source>Classify the eKYC error codes in log files</source>
        <translation>分析日志文件中的 eKYC 错误码</translation>
    </message>
    <message>
        <source>Classify &amp;Pasted Text</source>
        <translation>分析粘贴的文本(&amp;P)</translation>
    </message>
    <message>
        <source>Classify the text (or the files) on the clipboard</source>
        <translation>分析剪贴板中的文本（或文件）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text with a header row</source>
        <translation>将所选行复制为带表头的制表符分隔文本</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Go to Code &amp;Table</source>
        <translation>转到错误码表格(&amp;T)</translation>
    </message>
    <message>
        <source>Alt+T</source>
        <translation>Alt+T</translation>
    </message>
    <message>
        <source>&amp;About eKYC Codes</source>
        <translation>关于 eKYC 错误码(&amp;A)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>分析结果</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>错误码表中没有 %1。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Load Catalog…</source>
        <translation>载入错误码表(&amp;L)…</translation>
    </message>
    <message>
        <source>Use a newer catalog JSON instead of the built-in one; it is loaded again at the next start</source>
        <translation>使用较新的错误码表 JSON 代替内置错误码表；下次启动时会再次载入</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Catalog</source>
        <translation>使用内置错误码表(&amp;B)</translation>
    </message>
    <message>
        <source>Go back to the catalog built into the program</source>
        <translation>恢复使用程序内置的错误码表</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>The language of the system: Simplified Chinese on a Chinese system, English elsewhere</source>
        <translation>跟随系统语言：中文系统显示简体中文，其他系统显示英文</translation>
    </message>
    <message>
        <source>The style and colours of the desktop</source>
        <translation>跟随桌面的样式和配色</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Catalog and results</source>
        <translation>错误码表和分析结果</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 inputs — %2</source>
        <translation>%1 个输入 — %2</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <source>Language, theme, masking, what new inputs do, the export folder</source>
        <translation>语言、主题、脱敏、新输入的处理方式、导出文件夹</translation>
    </message>
    <message>
        <source>Open Repor&amp;t…</source>
        <translation>打开报告(&amp;T)…</translation>
    </message>
    <message>
        <source>Show a JSON report written by ekyc-codes classify --format json or merge (counts, without log lines)</source>
        <translation>显示由 ekyc-codes classify --format json 或 merge 生成的 JSON 报告（只有计数，没有日志行）</translation>
    </message>
</context>
<context>
    <name>ekyc::MatchedLinesModel</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>ekyc::MatchedLinesPane</name>
    <message>
        <source>Show Mo&amp;re Lines</source>
        <translation>显示更多行(&amp;R)</translation>
    </message>
    <message>
        <source>Read the next %L1 lines</source>
        <translation>再读取 %L1 行</translation>
    </message>
    <message>
        <source>Matched lines</source>
        <translation>匹配的行</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n matched line(s).</source>
        <translation>
            <numerusform>已导出 %n 个匹配行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>未读取：%1</translation>
    </message>
    <message>
        <source>The matched lines were not exported: %1</source>
        <translation>未导出匹配行：%1</translation>
    </message>
    <message>
        <source>Select a code above to see the lines that hold it.</source>
        <translation>在上方选择一个错误码，即可查看包含它的行。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines with %1&lt;/b&gt;: %2 of %3</source>
        <translation>&lt;b&gt;包含 %1 的行&lt;/b&gt;：%2 / %3</translation>
    </message>
    <message>
        <source>(reading…)</source>
        <translation>（读取中…）</translation>
    </message>
    <message>
        <source>(reading… %1%)</source>
        <translation>（读取中… %1%）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop reading the lines back</source>
        <translation>停止读取这些行</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示原文</translation>
    </message>
    <message>
        <source>Hold down to show the selected line without masking</source>
        <translation>按住以不隐藏个人数据地显示所选行</translation>
    </message>
    <message>
        <source>Filter lines (RequestId, user id…)</source>
        <translation>筛选行（RequestId、用户 ID…）</translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation>筛选行</translation>
    </message>
    <message numerus="yes">
        <source>cancelled, %n line(s) read</source>
        <translation>
            <numerusform>已取消，已读取 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 个错误码</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 match the filter)</source>
        <translation>（%1 行符合筛选）</translation>
    </message>
    <message>
        <source>This report was opened from %1: it holds the counts, not the log lines.</source>
        <translation>此报告打开自 %1：它只包含计数，不包含日志行。</translation>
    </message>
</context>
<context>
    <name>ekyc::PageImportDialog</name>
    <message>
        <source>Update Catalog from Page</source>
        <translation>从页面更新错误码表</translation>
    </message>
    <message>
        <source>Paste the text of Tencent Cloud&apos;s eKYC error-code page (select all in the browser, copy), or open a file holding it. The differences from the catalog in use show below.</source>
        <translation>粘贴腾讯云 eKYC 错误码页面的文本（在浏览器中全选并复制），或打开保存了该文本的文件。与当前错误码表的差异显示在下方。</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>The page&apos;s text: its &quot;last updated&quot; line, then each table&apos;s heading and rows</source>
        <translation>页面文本：“最后更新时间”一行，然后是各表的标题和各行</translation>
    </message>
    <message>
        <source>Differences from the catalog in use</source>
        <translation>与当前错误码表的差异</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Use this catalog until the program ends</source>
        <translation>使用该错误码表直到程序退出</translation>
    </message>
    <message>
        <source>Use and Remember</source>
        <translation>使用并记住</translation>
    </message>
    <message>
        <source>Keep this catalog in the program&apos;s data folder and load it at every start</source>
        <translation>将该错误码表保存在程序的数据文件夹中，每次启动时载入</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: too large for the page</source>
        <translation>%1：文件太大，不是该页面</translation>
    </message>
    <message>
        <source>No page yet.</source>
        <translation>尚无页面。</translation>
    </message>
    <message>
        <source>The page cannot be used: %1</source>
        <translation>无法使用该页面：%1</translation>
    </message>
    <message>
        <source>Catalog %1, %2 rows: the same codes as the catalog in use (%3).</source>
        <translation>错误码表 %1，%2 行：与当前错误码表（%3）相同。</translation>
    </message>
    <message>
        <source>Catalog %1, %2 rows; against the catalog in use (%3): %4 new, %5 removed, %6 billing changed, %7 description changed.</source>
        <translation>错误码表 %1，%2 行；与当前错误码表（%3）相比：新增 %4，删除 %5，计费有变 %6，描述有变 %7。</translation>
    </message>
    <message>
        <source>Open Page</source>
        <translation>打开页面</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>no catalog to save</source>
        <translation>没有可保存的错误码表</translation>
    </message>
    <message>
        <source>Save Catalog</source>
        <translation>保存错误码表</translation>
    </message>
    <message>
        <source>Catalog JSON (*.json)</source>
        <translation>错误码表 JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Catalog not saved</source>
        <translation>未保存错误码表</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>The page cannot be used yet: line %1: the table heading &quot;%2&quot; is none of the catalog&apos;s. Which product&apos;s table is it?</source>
        <translation>该页面暂不能使用：第 %1 行：表标题“%2”不是错误码表中的任何一个。它是哪个产品的表？</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is the table of:</source>
        <translation>表“%1”属于：</translation>
    </message>
</context>
<context>
    <name>ekyc::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Mask personal data</source>
        <translation>个人信息脱敏(&amp;M)</translation>
    </message>
    <message>
        <source>Hide ID numbers, names and phone numbers in the lines on show, in copies and in exports</source>
        <translation>在显示的日志行、复制内容和导出文件中隐藏证件号、姓名和手机号</translation>
    </message>
    <message>
        <source>New &amp;inputs:</source>
        <translation>新输入(&amp;I)：</translation>
    </message>
    <message>
        <source>What logs opened, dropped or pasted while results are on show do to them</source>
        <translation>在显示结果时打开、拖入或粘贴的日志如何处理这些结果</translation>
    </message>
    <message>
        <source>&amp;Export to:</source>
        <translation>导出到(&amp;E)：</translation>
    </message>
    <message>
        <source>The folder the Export dialog starts in</source>
        <translation>导出对话框打开时所在的文件夹</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <source>Add them to the results on show</source>
        <translation>添加到当前显示的结果</translation>
    </message>
    <message>
        <source>Replace the results on show</source>
        <translation>替换当前显示的结果</translation>
    </message>
    <message>
        <source>The last folder used</source>
        <translation>上次使用的文件夹</translation>
    </message>
    <message>
        <source>This folder:</source>
        <translation>此文件夹：</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>导出文件夹</translation>
    </message>
</context>
<context>
    <name>ekyc::ProductNames</name>
    <message>
        <source>Common</source>
        <translation>公共</translation>
    </message>
    <message>
        <source>H5</source>
        <translation>H5</translation>
    </message>
    <message>
        <source>App SDK</source>
        <translation>App SDK</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Identity Verification</source>
        <translation>身份核验</translation>
    </message>
</context>
<context>
    <name>ekyc::RecentInputs</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent logs</source>
        <translation>没有最近的日志</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ekyc::SummaryReport</name>
    <message>
        <source>eKYC error codes in logs</source>
        <translation>日志中的 eKYC 错误码</translation>
    </message>
    <message>
        <source>(catalog of %1)</source>
        <translation>（%1 版错误码表）</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>events: %1, billable: %2, billing uncertain: %3, unknown: %4, not counted: %5.</source>
        <translation>事件 %1 个，计费 %2 个，计费不确定 %3 个，未知 %4 个，未计入 %5 个。</translation>
    </message>
    <message>
        <source>These are log events, not billed requests.</source>
        <translation>以上是日志事件，并非计费请求。</translation>
    </message>
    <message>
        <source>Inputs (%1):</source>
        <translation>输入（%1 个）：</translation>
    </message>
    <message>
        <source>%1 (from %2); events: %3</source>
        <translation>%1（依据：%2）；事件 %3 个</translation>
    </message>
    <message>
        <source>no product</source>
        <translation>无产品</translation>
    </message>
    <message>
        <source>; not read completely: %1</source>
        <translation>；未完整读取：%1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 — events: %2, billable: %3</source>
        <translation>%1 — 事件 %2 个，计费 %3 个</translation>
    </message>
    <message>
        <source>No product resolved (ambiguous)</source>
        <translation>无法确定产品（有歧义）</translation>
    </message>
    <message>
        <source>Unknown codes</source>
        <translation>未知错误码</translation>
    </message>
    <message>
        <source>Not counted (in no total)</source>
        <translation>未计入（不在任何合计中）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ekyc::ReportOpener</name>
    <message>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON 报告 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>%1: is a folder, not a report</source>
        <translation>%1：是文件夹，不是报告</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: not a JSON report (it does not start with &apos;{&apos;; File ▸ Open Logs… classifies logs)</source>
        <translation>%1：不是 JSON 报告（它不以“{”开头；分析日志请用 文件 ▸ 打开日志…）</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1：读取错误：%2</translation>
    </message>
    <message>
        <source>%1: larger than %2, too large for a report</source>
        <translation>%1：大于 %2，作为报告太大</translation>
    </message>
    <message>
        <source>A classification is running: let it finish or cancel it (Esc), then open the report.</source>
        <translation>正在分析：请等它完成或取消它（Esc），然后再打开报告。</translation>
    </message>
    <message>
        <source>A report is being read already.</source>
        <translation>已经在读取一个报告。</translation>
    </message>
    <message>
        <source>Reading the report %1…</source>
        <translation>正在读取报告 %1…</translation>
    </message>
    <message>
        <source>Report Not Opened</source>
        <translation>报告未打开</translation>
    </message>
    <message>
        <source>The report could not be opened, so the results on show stay.</source>
        <translation>无法打开报告，当前显示的结果保持不变。</translation>
    </message>
    <message>
        <source>The report was not opened: %1</source>
        <translation>报告未打开：%1</translation>
    </message>
    <message>
        <source>Show the report %1 in place of the results on show? A report cannot be added to results: it holds the counts, not the events.</source>
        <translation>用报告 %1 替换当前显示的结果？报告无法添加到结果中：它只包含计数，不包含事件。</translation>
    </message>
    <message numerus="yes">
        <source>Opened the report %1 (%n input(s)); it holds the counts, not the log lines.</source>
        <translation>
            <numerusform>已打开报告 %1（输入 %n 个）；它只包含计数，不包含日志行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ekyc::ResultsModel</name>
    <message>
        <source>Not in the %1 catalog</source>
        <translation>不在 %1 版错误码表中</translation>
    </message>
    <message>
        <source>Billing uncertain</source>
        <translation>计费不确定</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Billed in %1; not billed in %2.</source>
        <translation>在%1中计费；在%2中不计费。</translation>
    </message>
    <message>
        <source>No product could be resolved; the code exists in %1.</source>
        <translation>无法确定产品；该错误码存在于%1中。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>A response of %1, an action of another service (mainland FaceID): not an eKYC event.</source>
        <translation>%1 的响应，属于其他服务（中国大陆 FaceID）的操作：不是 eKYC 事件。</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>在%1中</translation>
    </message>
    <message>
        <source>Not a %1 code; in %2</source>
        <translation>不是%1的错误码；在%2中</translation>
    </message>
    <message>
        <source>Not an %1 code; in %2</source>
        <translation>不是%1的错误码；在%2中</translation>
    </message>
    <message>
        <source>Not counted; the code exists in %1.</source>
        <translation>未计入；该错误码存在于%1中。</translation>
    </message>
    <message>
        <source>No eKYC context on its line or in its input: another service&apos;s code? To count it, Classify Again As eKYC traffic or a product.</source>
        <translation>所在行及其输入中都没有 eKYC 上下文：可能是其他服务的错误码？如需计入，请用“重新分析为”选择 eKYC 流量或产品。</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Ambiguous: no product resolved</source>
        <translation>有歧义：无法确定产品</translation>
    </message>
    <message>
        <source>Unknown: not in the %1 catalog</source>
        <translation>未知：不在 %1 版错误码表中</translation>
    </message>
    <message>
        <source>Unknown: in %1</source>
        <translation>未知：见于 %1</translation>
    </message>
    <message>
        <source>Unknown: not a %1 code; in %2</source>
        <translation>未知：不是 %1 的错误码；见于 %2</translation>
    </message>
    <message>
        <source>Unknown: not an %1 code; in %2</source>
        <translation>未知：不是 %1 的错误码；见于 %2</translation>
    </message>
    <message>
        <source>Not counted: a response of %1, another service</source>
        <translation>未计入：%1 的响应，属于其他服务</translation>
    </message>
    <message>
        <source>Not counted: no eKYC context</source>
        <translation>未计入：没有 eKYC 上下文</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ekyc::ResultsView</name>
    <message>
        <source>&amp;Open Logs…</source>
        <translation>打开日志(&amp;O)…</translation>
    </message>
    <message>
        <source>Classify log files (Ctrl+O); you can also drop files or folders anywhere on the window, or paste text with Ctrl+V</source>
        <translation>分析日志文件（Ctrl+O）；也可以把文件或文件夹拖到窗口任意位置，或用 Ctrl+V 粘贴文本</translation>
    </message>
    <message>
        <source>Classify &amp;as:</source>
        <translation>分析为(&amp;A)：</translation>
    </message>
    <message>
        <source>Auto: each input&apos;s product comes from its API action names or its codes. A product chosen here applies to every line without its own action name.</source>
        <translation>自动：每个输入的产品由其中的 API 操作名或错误码确定。在此选择的产品适用于所有不带操作名的行。</translation>
    </message>
    <message>
        <source>&amp;Mask personal data</source>
        <translation>隐藏个人数据(&amp;M)</translation>
    </message>
    <message>
        <source>Copy S&amp;ummary</source>
        <translation>复制摘要(&amp;U)</translation>
    </message>
    <message>
        <source>Copy a short report for a ticket, as Markdown text and as an HTML table: the inputs by name, the codes per product with their events, billing and description, and the totals; masked while Mask personal data is on</source>
        <translation>复制一份便于回复工单的简短报告（Markdown 文本和 HTML 表格）：按名称列出的输入、各产品的错误码及其事件数、计费和描述，以及合计；勾选“隐藏个人数据”时已做脱敏</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Drop log files or folders anywhere on this window, open them with Ctrl+O, or paste a snippet with Ctrl+V.&lt;br&gt;Plain text, .gz, .bz2, .xz, .zst, .zip and .tar are read; nothing leaves this computer.</source>
        <translation>把日志文件或文件夹拖到本窗口任意位置，或用 Ctrl+O 打开，或用 Ctrl+V 粘贴一段文本。&lt;br&gt;支持纯文本、.gz、.bz2、.xz、.zst、.zip 和 .tar；所有数据都不会离开本机。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inputs&lt;/b&gt;</source>
        <translation>&lt;b&gt;输入&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Classify A&amp;gain As</source>
        <translation>重新分析为(&amp;G)</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Select an input first.</source>
        <translation>请先选择一个输入。</translation>
    </message>
    <message>
        <source>Auto (from the input&apos;s actions or codes)</source>
        <translation>自动（依据输入中的操作名或错误码）</translation>
    </message>
    <message>
        <source>&lt;b&gt;All inputs&lt;/b&gt; (%1) — events: %2, billable: %3, billing uncertain: %4, unknown: %5.</source>
        <translation>&lt;b&gt;全部输入&lt;/b&gt;（%1）— 事件 %2 个，计费 %3 个，计费不确定 %4 个，未知 %5 个。</translation>
    </message>
    <message>
        <source>Not read completely: %1 (see Error).</source>
        <translation>未完整读取：%1（见“错误”列）。</translation>
    </message>
    <message>
        <source>These are log events, not billed requests.</source>
        <translation>以上是日志事件，并非计费请求。</translation>
    </message>
    <message>
        <source>Nothing selected to copy.</source>
        <translation>未选择要复制的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s) as tab-separated text.</source>
        <translation>
            <numerusform>已复制 %n 行（以制表符分隔）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) as tab-separated text.</source>
        <translation>
            <numerusform>已复制 %n 行（以制表符分隔）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the product of the selected input, or say it is all eKYC traffic, and classify it again</source>
        <translation>指定所选输入的产品，或将其全部视为 eKYC 流量，并重新分析</translation>
    </message>
    <message>
        <source>eKYC traffic (any product)</source>
        <translation>eKYC 流量（任意产品）</translation>
    </message>
    <message>
        <source>Not counted: %1 (in no total; click Not counted to list them and why).</source>
        <translation>未计入：%1 个（不在任何合计中；点击“未计入”查看这些错误码及原因）。</translation>
    </message>
    <message>
        <source>On screen and in exported and copied lines, hide long digit runs (phone and ID numbers, keeping the last 4), tokens, names, mobile numbers, images and e-mail addresses</source>
        <translation>在屏幕上以及导出和复制的行中，隐藏较长的数字串（电话和证件号码，保留最后 4 位）、令牌、姓名、手机号、图片和电子邮件地址</translation>
    </message>
    <message>
        <source>&amp;Inputs</source>
        <translation>输入(&amp;I)</translation>
    </message>
    <message>
        <source>Show or hide the list of inputs; select inputs there to see only their codes and lines</source>
        <translation>显示或隐藏输入列表；在其中选择输入，只看它们的错误码和行</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>筛选错误码</translation>
    </message>
    <message>
        <source>Show the codes whose code, product, description or status holds this text (Ctrl+F); Esc clears</source>
        <translation>显示错误码、产品、描述或状态中含有此文字的错误码（Ctrl+F）；Esc 清除</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Select inputs to see only their codes and lines; none selected: all inputs</source>
        <translation>选择输入，只看它们的错误码和行；未选择时为全部输入</translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation>找到的错误码</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inputs&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;输入&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>A report opened from a file cannot be classified again: it holds no log lines.</source>
        <translation>从文件打开的报告无法重新分析：它不包含日志行。</translation>
    </message>
</context>
<context>
    <name>ekyc::ResultsExportActions</name>
    <message>
        <source>&amp;Copy Selected Rows (Ctrl+C)</source>
        <translation>复制所选行(&amp;C)（Ctrl+C）</translation>
    </message>
    <message>
        <source>&amp;Matched Lines of Selected Codes as CSV…</source>
        <translation>所选错误码的匹配行（CSV）(&amp;M)…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Copied the summary as Markdown text and as an HTML table.</source>
        <translation>已复制摘要（Markdown 文本和 HTML 表格）。</translation>
    </message>
    <message>
        <source>Copy &amp;Summary</source>
        <translation>复制摘要(&amp;S)</translation>
    </message>
    <message>
        <source>Export Matched Lines</source>
        <translation>导出匹配行</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>导出分析结果</translation>
    </message>
    <message>
        <source>Exported the results to %1.</source>
        <translation>已将分析结果导出到 %1。</translation>
    </message>
    <message>
        <source>JSON, as ekyc-codes classify --format json (*.json)</source>
        <translation>JSON，同 ekyc-codes classify --format json (*.json)</translation>
    </message>
    <message>
        <source>Nothing classified yet.</source>
        <translation>尚未分析任何内容。</translation>
    </message>
    <message>
        <source>Results as &amp;JSON or CSV…</source>
        <translation>分析结果（JSON 或 CSV）(&amp;J)…</translation>
    </message>
    <message>
        <source>Select one or more codes first.</source>
        <translation>请先选择一个或多个错误码。</translation>
    </message>
    <message>
        <source>The results were not exported: %1</source>
        <translation>未导出分析结果：%1</translation>
    </message>
</context>

<context>
    <name>ekyc::RunProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop classifying (Esc); the results on show stay as they were</source>
        <translation>停止分析（Esc）；当前显示的结果保持不变</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Input %1 of %2</source>
        <translation>输入 %1 / %2</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>正在读取</translation>
    </message>
    <message>
        <source>: %1 of %2</source>
        <translation>：%1 / %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message numerus="yes">
        <source> (%n more run(s) queued)</source>
        <translation>
            <numerusform>（另有 %n 次分析在排队）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %p%</source>
        <translation>%1 — %p%</translation>
    </message>
</context>
<context>
    <name>ekyc::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Menu keys</source>
        <translation>菜单按键</translation>
    </message>
</context>
<context>
    <name>ekyc::SummaryStrip</name>
    <message>
        <source>Events: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <source>Billable: %1</source>
        <translation>计费：%1</translation>
    </message>
    <message>
        <source>Billing uncertain: %1</source>
        <translation>计费不确定：%1</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>未计入：%1</translation>
    </message>
    <message>
        <source>Show the codes of every event counted (not the ones not counted); click again to show every code</source>
        <translation>显示所有已计入事件的错误码（不含未计入的）；再次点击显示全部错误码</translation>
    </message>
    <message>
        <source>Show only the billable codes; click again to show every code</source>
        <translation>只显示计费的错误码；再次点击显示全部错误码</translation>
    </message>
    <message>
        <source>Show only the codes whose candidate products disagree on billing; click again to show every code</source>
        <translation>只显示候选产品计费不一致的错误码；再次点击显示全部错误码</translation>
    </message>
    <message>
        <source>Show only the codes the catalog does not know for their product; click again to show every code</source>
        <translation>只显示错误码表中该产品没有的错误码；再次点击显示全部错误码</translation>
    </message>
    <message>
        <source>Show only the codes the rules do not count, and why; click again to show every code</source>
        <translation>只显示规则不计入的错误码及原因；再次点击显示全部错误码</translation>
    </message>
</context>
<context>
    <name>ekyc::Validator</name>
    <message>
        <source>%1 must be an array of strings</source>
        <translation>%1 必须是字符串数组</translation>
    </message>
    <message>
        <source>%1[%2] must be a string</source>
        <translation>%1[%2] 必须是字符串</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>eKYC Codes</source>
        <translation>eKYC 错误码</translation>
    </message>
    <message>
        <source>Look up Tencent Cloud eKYC error codes and their billing, offline, and classify the codes in log files.</source>
        <translation>离线查询腾讯云 eKYC 错误码及其计费情况，并分析日志文件中的错误码。</translation>
    </message>
    <message>
        <source>Use the catalog JSON in FILE instead of the built-in one.</source>
        <translation>使用 FILE 中的错误码表 JSON，而不是内置错误码表。</translation>
    </message>
    <message>
        <source>Log files or folders to classify at start (the desktop entry&apos;s %F).</source>
        <translation>启动时要分析的日志文件或文件夹（桌面项的 %F）。</translation>
    </message>
</context>
<context>
    <name>ekyc::TimelineChart</name>
    <message>
        <source>Timeline chart</source>
        <translation>时间线图表</translation>
    </message>
    <message>
        <source>%1 events from %2, in buckets of %3. Drag across the bars to choose a time range; the table view lists the same numbers.</source>
        <translation>%2 共 %1 个事件，每 %3 一个时段。在柱形上拖动可选择时间范围；表格视图列出相同的数字。</translation>
    </message>
    <message>
        <source>%1 events, %2 billable</source>
        <translation>%1 个事件，%2 个计费</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ekyc::TimelineModel</name>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>code · product(s)</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (billable)</source>
        <translation>%1（计费）</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a time range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Bucket start (UTC)</source>
        <translation>时段开始（UTC）</translation>
    </message>
    <message>
        <source>Bucket start</source>
        <translation>时段开始</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>计费</translation>
    </message>
</context>
<context>
    <name>ekyc::TimelinePanel</name>
    <message>
        <source>Timeli&amp;ne</source>
        <translation>时间线(&amp;N)</translation>
    </message>
    <message>
        <source>Show or hide the events over time</source>
        <translation>显示或隐藏事件随时间的分布</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation>表格(&amp;B)</translation>
    </message>
    <message>
        <source>Show the timeline as a table; selecting rows chooses a time range</source>
        <translation>以表格显示时间线；选择行即选择时间范围</translation>
    </message>
    <message>
        <source>Show the timeline as a table</source>
        <translation>以表格显示时间线</translation>
    </message>
    <message>
        <source>Clear the time range</source>
        <translation>清除时间范围</translation>
    </message>
    <message>
        <source>Only the codes and lines of this time range are shown</source>
        <translation>只显示此时间范围内的错误码和日志行</translation>
    </message>
    <message>
        <source>Timeline table</source>
        <translation>时间线表格</translation>
    </message>
    <message>
        <source>No event in these results has a time.</source>
        <translation>这些结果中没有任何事件带有时间。</translation>
    </message>
    <message>
        <source>%1 events, %2, by %3</source>
        <translation>%1 个事件，%2，按 %3 分段</translation>
    </message>
    <message>
        <source>%1 without a time</source>
        <translation>%1 个没有时间</translation>
    </message>
</context>
</TS>
